using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace Bot.Workspace;

/// <summary>
/// Section <c>Editors</c>: who may sign in to the editors' workspace at <c>/bien-tap</c>. The workspace exists only
/// when at least one account or an OpenID Connect provider is configured (<see cref="IsConfigured"/>).
/// </summary>
public sealed class EditorsOptions
{
    public const string SectionName = "Editors";

    /// <summary>Local accounts: a name and an ASP.NET Core Identity password hash (<c>Indexer editor hash</c> prints one).</summary>
    public List<EditorAccount> Accounts { get; set; } = [];

    public EditorLockoutOptions Lockout { get; set; } = new();

    /// <summary>Optional city identity provider; off while <see cref="EditorOidcOptions.Authority"/> is empty.</summary>
    public EditorOidcOptions Oidc { get; set; } = new();

    /// <summary>
    /// Folder of the keys that protect the sign-in and antiforgery cookies; relative paths resolve against the
    /// assistant's base folder. Instances behind one address must share it, or a cookie one issued is refused by the others.
    /// </summary>
    [Required]
    public string KeysPath { get; set; } = "data/keys";

    /// <summary>How long a signed-in editor stays signed in without using the workspace (the cookie slides).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// Whether the section asks for a workspace at all. Read from configuration before the options exist, because
    /// nothing of the workspace (pages, authentication) is registered otherwise.
    /// </summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        return section.GetSection(nameof(Accounts)).GetChildren().Any()
            || !string.IsNullOrWhiteSpace(section[$"{nameof(Oidc)}:{nameof(EditorOidcOptions.Authority)}"]);
    }
}

public sealed class EditorAccount
{
    public string Name { get; set; } = "";

    public string PasswordHash { get; set; } = "";
}

/// <summary>Failed sign-ins per account name before it is locked, and for how long.</summary>
public sealed class EditorLockoutOptions
{
    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
}

public sealed class EditorOidcOptions
{
    /// <summary>The provider's issuer URL (its discovery document is read from it); https.</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    /// <summary>Empty for a public client (the code flow with PKCE).</summary>
    public string ClientSecret { get; set; } = "";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
}
