using global::Bot.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Bot.Hosting;

public sealed class TurnSequencerTests
{
    [Fact]
    public async Task AConversationsTurnsRunOneAtATimeInOrderWhileAnotherConversationGoesAhead()
    {
        await using var turns = new TurnSequencer(100, 4, NullLogger.Instance);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var order = new List<string>();

        Assert.True(turns.TryEnqueue("a", async _ =>
        {
            await release.Task;
            lock (order)
            {
                order.Add("a1");
            }
        }));
        Assert.True(turns.TryEnqueue("a", _ =>
        {
            lock (order)
            {
                order.Add("a2");
            }

            return Task.CompletedTask;
        }));
        var otherDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Assert.True(turns.TryEnqueue("b", _ =>
        {
            otherDone.SetResult();
            return Task.CompletedTask;
        }));

        await otherDone.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(order);
        release.SetResult();
        await turns.DrainAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["a1", "a2"], order);
    }

    [Fact]
    public async Task AFailedTurnDoesNotStallTheConversation()
    {
        await using var turns = new TurnSequencer(100, 1, NullLogger.Instance);
        var ran = false;

        turns.TryEnqueue("a", _ => throw new InvalidOperationException("broken turn"));
        turns.TryEnqueue("a", _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });

        await turns.DrainAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(ran);
    }

    [Fact]
    public async Task TurnsBeyondTheCapacityAreRefusedUntilOneFinishes()
    {
        await using var turns = new TurnSequencer(2, 1, NullLogger.Instance);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        Assert.True(turns.TryEnqueue("a", _ => release.Task));
        Assert.True(turns.TryEnqueue("b", _ => release.Task));
        Assert.False(turns.TryEnqueue("c", _ => Task.CompletedTask));

        release.SetResult();
        await turns.DrainAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(turns.TryEnqueue("c", _ => Task.CompletedTask));
    }

    [Fact]
    public async Task StoppingCancelsTheRunningTurnAndReportsTheWaitingOnesAsAbandoned()
    {
        var turns = new TurnSequencer(10, 1, NullLogger.Instance);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = false;
        var abandoned = new System.Collections.Concurrent.ConcurrentBag<string>();

        turns.TryEnqueue("a", async token =>
        {
            started.SetResult();
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, token);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
            }
        });
        turns.TryEnqueue("a", _ => Task.CompletedTask, () => abandoned.Add("a2"));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Queued once "a" holds the only slot: queued before, "b" could take the slot first and run.
        turns.TryEnqueue("b", _ => Task.CompletedTask, () => abandoned.Add("b1"));

        await turns.StopAsync(CancellationToken.None);

        Assert.True(cancelled);
        Assert.Equal(["a2", "b1"], abandoned.Order());
        Assert.False(turns.TryEnqueue("c", _ => Task.CompletedTask));
        await turns.DisposeAsync();
    }
}
