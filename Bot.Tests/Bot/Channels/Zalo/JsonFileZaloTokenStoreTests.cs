using global::Bot.Channels.Zalo;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Bot.Channels.Zalo;

public sealed class JsonFileZaloTokenStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "zalo-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task SavedTokensReadBackInANewStoreWithoutLeftoverTempFiles()
    {
        var tokens = new ZaloTokens("access-2", "refresh-2", new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.Zero), "refresh-1");
        await NewStore().SaveAsync(tokens with { AccessToken = "access-older" }, CancellationToken.None);
        await NewStore().SaveAsync(tokens, CancellationToken.None);

        Assert.Equal(tokens, await NewStore().LoadAsync(CancellationToken.None));
        Assert.Equal([JsonFileZaloTokenStore.FileName], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task MissingFileLoadsNothing() =>
        Assert.Null(await NewStore().LoadAsync(CancellationToken.None));

    [Fact]
    public async Task CorruptFileLoadsNothingInsteadOfFailing()
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, JsonFileZaloTokenStore.FileName), "{\"accessToken\": ");

        Assert.Null(await NewStore().LoadAsync(CancellationToken.None));
    }

    private JsonFileZaloTokenStore NewStore() =>
        new(Options.Create(new ZaloOptions { DataPath = folder }), NullLogger<JsonFileZaloTokenStore>.Instance);
}
