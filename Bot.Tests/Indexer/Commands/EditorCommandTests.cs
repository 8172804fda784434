using Microsoft.AspNetCore.Identity;

namespace Bot.Tests.Indexer.Commands;

public sealed class EditorCommandTests
{
    [Fact]
    public async Task HashPrintsAHashThatThePasswordHasherVerifiesForThePasswordReadFromStandardInput()
    {
        using var test = new IndexerTestContext();

        var exit = await IndexerCommandLine.RunAsync(WithInput(test, "mật khẩu bí mật 2026\n"), "editor", "hash");

        Assert.Equal(0, exit);
        var hash = test.Out.ToString().Trim();
        var hasher = new PasswordHasher<object>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(new object(), hash, "mật khẩu bí mật 2026"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(new object(), hash, "mật khẩu khác"));
        Assert.DoesNotContain("mật khẩu", test.Out.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public async Task EmptyPasswordIsRefusedAsAUsageError(string input)
    {
        using var test = new IndexerTestContext();

        var exit = await IndexerCommandLine.RunAsync(WithInput(test, input), "editor", "hash");

        Assert.Equal(2, exit);
        Assert.Contains("the password is empty", test.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(test.Out.ToString());
    }

    private static global::Indexer.IndexerContext WithInput(IndexerTestContext test, string input) =>
        new()
        {
            Options = test.Context.Options,
            ContentPath = test.Context.ContentPath,
            IndexPath = test.Context.IndexPath,
            Configuration = test.Context.Configuration,
            LoggerFactory = test.Context.LoggerFactory,
            In = new StringReader(input),
            Out = test.Out,
            Error = test.Error,
            Interactive = false,
        };
}
