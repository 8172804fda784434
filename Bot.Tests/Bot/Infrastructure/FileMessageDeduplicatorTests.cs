using global::Bot.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Bot.Tests.Bot.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Bot.Infrastructure;

public sealed class FileMessageDeduplicatorTests : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));

    private string LogPath => Path.Combine(_folder.Path, "zalo", "delivered-events.log");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AnEventRedeliveredAfterARestartIsRecognised()
    {
        using (var before = Open())
        {
            Assert.True(await before.TryMarkAsync("zalo:msg-1", Window, default));
        }

        using var after = Open();

        Assert.False(await after.TryMarkAsync("zalo:msg-1", Window, default));
        Assert.True(await after.TryMarkAsync("zalo:msg-2", Window, default));
    }

    [Fact]
    public async Task AForgottenEventIsAcceptedAgainAfterARestart()
    {
        using (var before = Open())
        {
            await before.TryMarkAsync("zalo:msg-1", Window, default);
            await before.ForgetAsync("zalo:msg-1", default);
        }

        using var after = Open();

        Assert.True(await after.TryMarkAsync("zalo:msg-1", Window, default));
    }

    [Fact]
    public async Task MarksPastTheirWindowAreNotBroughtBackAndTheFileIsRewrittenWithoutThem()
    {
        using (var before = Open())
        {
            await before.TryMarkAsync("zalo:old", TimeSpan.FromMinutes(5), default);
            await before.TryMarkAsync("zalo:recent", Window, default);
        }

        _time.Advance(TimeSpan.FromHours(1));
        using var after = Open();

        Assert.Equal(1, after.Count);
        Assert.True(await after.TryMarkAsync("zalo:old", Window, default));
        Assert.DoesNotContain("old", File.ReadLines(LogPath).First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysWithSeparatorsAndADamagedFileLoseNothingElse()
    {
        using (var before = Open())
        {
            await before.TryMarkAsync("zalo:a\tb\nc", Window, default);
        }

        File.AppendAllText(LogPath, "garbage line\nm\tnot-a-number\tkey\n");
        using var after = Open();

        Assert.False(await after.TryMarkAsync("zalo:a\tb\nc", Window, default));
        Assert.True(await after.TryMarkAsync("key", Window, default));
    }

    private FileMessageDeduplicator Open() => new(LogPath, _time, NullLogger<FileMessageDeduplicator>.Instance);
}
