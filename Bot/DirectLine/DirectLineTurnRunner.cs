using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Bot.DirectLine;

/// <summary>
/// Hands client activities to the bot in the background, one turn at a time per conversation and in arrival
/// order, so a post returns at once while a slow answer (an LLM call) does not block the client or reorder replies.
/// </summary>
public sealed class DirectLineTurnRunner : IAsyncDisposable
{
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly IServiceScopeFactory _scopes;
    private readonly DirectLineAdapter _adapter;
    private readonly ILogger<DirectLineTurnRunner> _logger;
    private readonly CancellationTokenSource _stopping = new();

    public DirectLineTurnRunner(IServiceScopeFactory scopes, DirectLineAdapter adapter, ILogger<DirectLineTurnRunner> logger)
    {
        _scopes = scopes;
        _adapter = adapter;
        _logger = logger;
    }

    public void Enqueue(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation.Id;
        Task turn;
        lock (_tails)
        {
            var tail = _tails.GetValueOrDefault(conversationId) ?? Task.CompletedTask;
            turn = tail.ContinueWith(_ => RunAsync(activity), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            _tails[conversationId] = turn;
        }

        _ = turn.ContinueWith(
            t =>
            {
                lock (_tails)
                {
                    if (_tails.TryGetValue(conversationId, out var current) && current == t)
                    {
                        _tails.Remove(conversationId);
                    }
                }
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Completes when every queued turn has finished; for shutdown and tests.</summary>
    public Task DrainAsync()
    {
        lock (_tails)
        {
            return Task.WhenAll(_tails.Values.ToArray());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await DrainAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("Some bot turns were still running at shutdown");
        }

        _stopping.Dispose();
    }

    private async Task RunAsync(Activity activity)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var bot = scope.ServiceProvider.GetService<IBot>();
            if (bot is null)
            {
                _logger.LogWarning("No IBot is registered; activity {ActivityId} gets no reply", activity.Id);
                return;
            }

            await _adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, _stopping.Token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // OnTurnError already told the citizen; this only keeps one failed turn from stalling the conversation's queue.
            _logger.LogError(ex, "Turn for activity {ActivityId} failed", activity.Id);
        }
    }
}
