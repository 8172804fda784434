using Microsoft.Extensions.Options;

namespace Bot.Workspace;

/// <summary>
/// Refuses to start with an account that could never sign in (no name, a duplicate name, a hash that is not one
/// <c>Indexer editor hash</c> prints) or half an OpenID Connect setup: a typo would otherwise only show as a failed sign-in.
/// </summary>
internal sealed class EditorsOptionsValidator : IValidateOptions<EditorsOptions>
{
    // ASP.NET Core Identity's version-3 hash: a 0x01 marker, then PRF, iteration count, salt length, salt and subkey.
    private const byte IdentityV3Marker = 0x01;
    private const int MinimumV3Length = 13 + 16 + 32;

    public ValidateOptionsResult Validate(string? name, EditorsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Accounts.Count; i++)
        {
            var account = options.Accounts[i];
            if (string.IsNullOrWhiteSpace(account.Name))
            {
                failures.Add($"Editors:Accounts:{i}:Name is empty");
            }
            else if (!seen.Add(account.Name.Trim()))
            {
                failures.Add($"Editors:Accounts:{i}:Name '{account.Name}' is used by two accounts");
            }

            if (!IsIdentityHash(account.PasswordHash))
            {
                failures.Add($"Editors:Accounts:{i}:PasswordHash is not an ASP.NET Core Identity hash; make one with 'Indexer editor hash'");
            }
        }

        var oidc = options.Oidc;
        if (oidc.IsConfigured)
        {
            if (!Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add("Editors:Oidc:Authority must be an absolute https URL");
            }

            if (string.IsNullOrWhiteSpace(oidc.ClientId))
            {
                failures.Add("Editors:Oidc:ClientId is required with Editors:Oidc:Authority");
            }
        }
        else if (!string.IsNullOrWhiteSpace(oidc.ClientId) || !string.IsNullOrWhiteSpace(oidc.ClientSecret))
        {
            failures.Add("Editors:Oidc:ClientId and ClientSecret need Editors:Oidc:Authority");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsIdentityHash(string? hash)
    {
        if (string.IsNullOrWhiteSpace(hash))
        {
            return false;
        }

        var bytes = new byte[hash.Length];
        return Convert.TryFromBase64String(hash.Trim(), bytes, out var length) && length >= MinimumV3Length && bytes[0] == IdentityV3Marker;
    }
}
