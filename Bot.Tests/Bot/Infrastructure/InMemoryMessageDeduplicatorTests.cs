using global::Bot.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Bot.Infrastructure;

public sealed class InMemoryMessageDeduplicatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task RepeatedMessageIsRejectedUntilItsMarkExpires()
    {
        var time = new FakeTimeProvider(Start);
        var deduplicator = new InMemoryMessageDeduplicator(time);

        Assert.True(await deduplicator.TryMarkAsync("m", TimeSpan.FromMinutes(5), CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(4));
        Assert.False(await deduplicator.TryMarkAsync("m", TimeSpan.FromMinutes(5), CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await deduplicator.TryMarkAsync("m", TimeSpan.FromMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task ForgottenMessageIsAcceptedAgain()
    {
        var deduplicator = new InMemoryMessageDeduplicator(new FakeTimeProvider(Start));
        await deduplicator.TryMarkAsync("m", TimeSpan.FromMinutes(5), CancellationToken.None);

        await deduplicator.ForgetAsync("m", CancellationToken.None);

        Assert.True(await deduplicator.TryMarkAsync("m", TimeSpan.FromMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task ConcurrentDeliveriesOfOneMessageLetExactlyOneThrough()
    {
        var deduplicator = new InMemoryMessageDeduplicator(new FakeTimeProvider(Start));

        var results = await Task.WhenAll(Enumerable.Range(0, 64)
            .Select(_ => Task.Run(() => deduplicator.TryMarkAsync("burst", TimeSpan.FromMinutes(1), CancellationToken.None))));

        Assert.Single(results, marked => marked);
    }

    [Fact]
    public async Task ExpiredMarksAreForgottenSoMemoryStaysBounded()
    {
        var time = new FakeTimeProvider(Start);
        var deduplicator = new InMemoryMessageDeduplicator(time);
        for (var i = 0; i < 3000; i++)
        {
            await deduplicator.TryMarkAsync("old-" + i, TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        time.Advance(TimeSpan.FromMinutes(2));
        for (var i = 0; i < 1100; i++)
        {
            await deduplicator.TryMarkAsync("new-" + i, TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        Assert.True(deduplicator.Count <= 1100, $"{deduplicator.Count} marks kept");
    }
}
