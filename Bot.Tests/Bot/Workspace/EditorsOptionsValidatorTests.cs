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
        using var host = new WorkspaceHost(new() { ["Editors:Accounts:0:PasswordHash"] = "not-a-hash" });

        var refusal = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("PasswordHash", refusal.ToString(), StringComparison.Ordinal);
    }
}
