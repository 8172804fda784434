namespace Bot.Hosting;

/// <summary>
/// The one per-conversation turn serialiser, for channels whose requests return before the bot has answered (Direct
/// Line, Zalo): one turn at a time per conversation and in arrival order, so a slow answer (an LLM call) neither
/// blocks the caller nor reorders replies; different conversations run in parallel, at most
/// <c>maxConcurrency</c> at once; at most <c>capacity</c> turns wait or run, beyond which <see cref="TryEnqueue"/>
/// refuses so the channel can say so.
/// </summary>
public sealed class TurnSequencer : IAsyncDisposable
{
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim? _slots;
    private readonly int _capacity;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationToken _stoppingToken;
    private int _pending;
    private bool _accepting = true;

    public TurnSequencer(int capacity, int maxConcurrency, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        _capacity = capacity;
        _slots = maxConcurrency == int.MaxValue ? null : new SemaphoreSlim(maxConcurrency, maxConcurrency);
        _logger = logger;
        _stoppingToken = _stopping.Token;
    }

    /// <summary>Queues a turn behind the conversation's earlier ones; false when the queue is full or stopping.</summary>
    /// <param name="turn">Runs the turn; its token is cancelled when the host stops.</param>
    /// <param name="abandoned">Called instead of <paramref name="turn"/> when the host stopped before the turn's time came.</param>
    public bool TryEnqueue(string conversationId, Func<CancellationToken, Task> turn, Action? abandoned = null)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(turn);
        Task queued;
        lock (_tails)
        {
            if (!_accepting || _pending >= _capacity)
            {
                return false;
            }

            _pending++;
            var tail = _tails.GetValueOrDefault(conversationId) ?? Task.CompletedTask;
            queued = tail.ContinueWith(_ => RunAsync(turn, abandoned), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            _tails[conversationId] = queued;
        }

        _ = queued.ContinueWith(
            finished =>
            {
                lock (_tails)
                {
                    _pending--;
                    if (_tails.TryGetValue(conversationId, out var current) && current == finished)
                    {
                        _tails.Remove(conversationId);
                    }
                }
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return true;
    }

    /// <summary>Completes when every queued turn has finished; for shutdown and tests.</summary>
    public Task DrainAsync()
    {
        lock (_tails)
        {
            return Task.WhenAll(_tails.Values.ToArray());
        }
    }

    /// <summary>Refuses new turns, cancels running ones, abandons waiting ones and waits for all to finish until <paramref name="cancellationToken"/>.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_tails)
        {
            // Under the lock, so no turn is queued after the drain below has taken its list.
            _accepting = false;
        }

        if (!_stoppingToken.IsCancellationRequested)
        {
            await _stopping.CancelAsync();
        }

        try
        {
            await DrainAsync().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Some bot turns were still running at shutdown");
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await StopAsync(timeout.Token);

        // The semaphore is left to the collector: a turn still running past the timeout releases its slot later.
        // The captured token still reads as cancelled once its source is disposed.
        _stopping.Dispose();
    }

    private async Task RunAsync(Func<CancellationToken, Task> turn, Action? abandoned)
    {
        var slotTaken = false;
        try
        {
            if (_slots is not null)
            {
                await _slots.WaitAsync(_stoppingToken);
                slotTaken = true;
            }

            if (_stoppingToken.IsCancellationRequested)
            {
                abandoned?.Invoke();
                return;
            }

            await turn(_stoppingToken);
        }
        catch (OperationCanceledException) when (_stoppingToken.IsCancellationRequested)
        {
            // A turn cut short by shutdown reports that itself; one that never got a slot did not start at all.
            if (!slotTaken && _slots is not null)
            {
                abandoned?.Invoke();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The adapter's turn-error policy already told the citizen; this only keeps one failed turn from
            // stalling the conversation's queue.
            _logger.LogError(ex, "A queued bot turn failed");
        }
        finally
        {
            if (slotTaken)
            {
                _slots!.Release();
            }
        }
    }
}
