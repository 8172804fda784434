using global::Bot.Workspace;
using Microsoft.AspNetCore.Identity;

namespace Bot.Tests.Bot.Workspace;

public sealed class EditorsOptionsValidatorTests
{
    private static readonly string Hash = new PasswordHasher<object>().HashPassword(new object(), "mật khẩu");

    [Fact]
    public void AnAccountWithAHashFromEditorHashIsAccepted()
    {
        var options = new EditorsOptions { Accounts = [new EditorAccount { Name = "lan", PasswordHash = Hash }] };

        Assert.True(new EditorsOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void APlainPasswordADuplicateNameAndHalfAnOidcSetupAreRefusedAtStart()
    {
        var options = new EditorsOptions
        {
            Accounts =
            [
                new EditorAccount { Name = "lan", PasswordHash = "mat-khau-ro" },
                new EditorAccount { Name = "LAN", PasswordHash = Hash },
            ],
            Oidc = new EditorOidcOptions { Authority = "http://id.hanoi.example" },
        };

        var result = new EditorsOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Editors:Accounts:0:PasswordHash", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("is used by two accounts", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("absolute https URL", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ClientId is required", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AHostWithABrokenAccountRefusesToStart()
    {
        // Every start fails. Under load a hosted service can trip over the half-started host first and the test server
        // reports that (ObjectDisposedException) instead of the validation, so the key is looked for over three starts.
        var refusals = Enumerable.Range(0, 3).Select(_ =>
        {
            using var host = new WorkspaceHost(new() { ["Editors:Accounts:0:PasswordHash"] = "not-a-hash" });
            return Assert.ThrowsAny<Exception>(() => host.CreateClient());
        }).ToList();

        Assert.Contains(refusals, r => r.ToString().Contains("Editors:Accounts:0:PasswordHash", StringComparison.Ordinal));
    }
}
