using System.Collections.Concurrent;
using System.Diagnostics;

namespace Bot.Benchmarks.Load;

/// <summary>Figures of one phase: completed turns, failed turns, throughput and latency of the turns that succeeded.</summary>
internal sealed record PhaseResult(string Name, int Conversations, string Think, int Turns, int Errors, double Seconds, double P50Ms, double P99Ms, IReadOnlyDictionary<string, int> ErrorKinds)
{
    public double TurnsPerSecond => (Turns + Errors) / Seconds;
}

/// <summary>
/// Holds N conversations open at once; each sends a message, waits for the answer, thinks for a random time in
/// [min, max] (none in a saturation phase) and sends the next, until the phase ends. Conversations are opened and
/// send one unmeasured greeting before the clock starts, so connection set-up and first-call JIT are not measured.
/// </summary>
internal static class LoadPhase
{
    public static async Task<PhaseResult> RunAsync(
        string name,
        Func<int, CancellationToken, Task<ILoadConversation>> open,
        int conversations,
        (double Min, double Max)? think,
        TimeSpan duration,
        IReadOnlyList<string> messages,
        CancellationToken cancellationToken)
    {
        var opened = new ILoadConversation?[conversations];
        using (var opening = new SemaphoreSlim(16))
        {
            await Task.WhenAll(Enumerable.Range(0, conversations).Select(async i =>
            {
                await opening.WaitAsync(cancellationToken);
                try
                {
                    var conversation = opened[i] = await open(i, cancellationToken);
                    await conversation.SendAsync("xin chào", cancellationToken);
                }
                finally
                {
                    opening.Release();
                }
            }));
        }

        var latencies = new ConcurrentBag<long>();
        var errors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var started = Stopwatch.GetTimestamp();
        var until = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        try
        {
            // Every slot is filled: opening either filled them all or threw before this point.
            await Task.WhenAll(opened.Select((conversation, index) => Task.Run(async () =>
            {
                var random = new Random(index);
                if (think is { } spread)
                {
                    // Spread the first messages over one think time instead of firing them all at once.
                    await Task.Delay(TimeSpan.FromSeconds(random.NextDouble() * spread.Max), cancellationToken);
                }

                var turn = random.Next(messages.Count);
                while (Stopwatch.GetTimestamp() < until && !cancellationToken.IsCancellationRequested)
                {
                    var result = await conversation!.SendAsync(messages[turn++ % messages.Count], cancellationToken);
                    if (result.Ok)
                    {
                        latencies.Add(result.Ticks);
                    }
                    else
                    {
                        errors.AddOrUpdate(result.Error ?? "error", 1, (_, n) => n + 1);
                    }

                    if (think is { } range)
                    {
                        var wait = TimeSpan.FromSeconds(range.Min + (random.NextDouble() * (range.Max - range.Min)));
                        var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), until);
                        if (left <= TimeSpan.Zero)
                        {
                            break;
                        }

                        await Task.Delay(wait < left ? wait : left, cancellationToken);
                    }
                }
            }, cancellationToken)));
        }
        finally
        {
            foreach (var conversation in opened)
            {
                if (conversation is not null)
                {
                    await conversation.DisposeAsync();
                }
            }
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var sorted = latencies.Order().ToArray();
        var thinkText = think is { } t ? $"{t.Min:0.##}-{t.Max:0.##} s" : "none";
        return new PhaseResult(name, conversations, thinkText, sorted.Length, errors.Values.Sum(), seconds,
            TurnLoad.Percentile(sorted, 0.50), TurnLoad.Percentile(sorted, 0.99), errors);
    }
}
