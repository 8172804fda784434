using global::Bot.Channels.Zalo;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Bot.Channels.Zalo;

public sealed class InMemoryZaloMessageDeduplicatorTests
{
    private readonly ManualTimeProvider clock = new();
    private readonly InMemoryZaloMessageDeduplicator deduplicator;

    public InMemoryZaloMessageDeduplicatorTests() =>
        deduplicator = new(Options.Create(new ZaloOptions { DeduplicationWindow = TimeSpan.FromHours(1) }), clock);

    [Fact]
    public async Task SameMessageIdIsAcceptedOnlyOnceWithinTheWindow()
    {
        Assert.True(await deduplicator.TryRegisterAsync("m1", CancellationToken.None));
        Assert.False(await deduplicator.TryRegisterAsync("m1", CancellationToken.None));
        Assert.True(await deduplicator.TryRegisterAsync("m2", CancellationToken.None));
    }

    [Fact]
    public async Task MessageIdIsAcceptedAgainAfterTheWindow()
    {
        await deduplicator.TryRegisterAsync("m1", CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.False(await deduplicator.TryRegisterAsync("m1", CancellationToken.None));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await deduplicator.TryRegisterAsync("m1", CancellationToken.None));
    }

    [Fact]
    public async Task ForgottenMessageIdIsAcceptedAgain()
    {
        await deduplicator.TryRegisterAsync("m1", CancellationToken.None);
        await deduplicator.ForgetAsync("m1", CancellationToken.None);

        Assert.True(await deduplicator.TryRegisterAsync("m1", CancellationToken.None));
    }

    [Fact]
    public async Task ExpiredEntriesAreSweptSoMemoryStaysBounded()
    {
        for (var i = 0; i < 300; i++)
        {
            await deduplicator.TryRegisterAsync($"old-{i}", CancellationToken.None);
        }

        clock.Advance(TimeSpan.FromHours(2));
        for (var i = 0; i < 300; i++)
        {
            await deduplicator.TryRegisterAsync($"new-{i}", CancellationToken.None);
        }

        Assert.InRange(deduplicator.Count, 300, 350);
    }

    [Fact]
    public async Task ConcurrentRedeliveriesAreAcceptedExactlyOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => deduplicator.TryRegisterAsync("m", CancellationToken.None).AsTask())));

        Assert.Single(results, accepted => accepted);
    }
}
