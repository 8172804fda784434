using Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Bot.DirectLine;

/// <summary>
/// Hands client activities to the bot in the background through the shared <see cref="TurnSequencer"/>: a post returns
/// at once, and each conversation's turns run one at a time in arrival order.
/// </summary>
public sealed class DirectLineTurnRunner : IAsyncDisposable
{
    // Direct Line bounds conversations and their budgets in the store; the queue itself takes every turn.
    private readonly TurnSequencer _turns;
    private readonly IServiceScopeFactory _scopes;
    private readonly DirectLineAdapter _adapter;
    private readonly ILogger<DirectLineTurnRunner> _logger;

    public DirectLineTurnRunner(IServiceScopeFactory scopes, DirectLineAdapter adapter, ILogger<DirectLineTurnRunner> logger)
    {
        _scopes = scopes;
        _adapter = adapter;
        _logger = logger;
        _turns = new TurnSequencer(int.MaxValue, int.MaxValue, logger);
    }

    public void Enqueue(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_turns.TryEnqueue(activity.Conversation.Id, cancellationToken => RunAsync(activity, cancellationToken)))
        {
            _logger.LogWarning("Activity {ActivityId} arrived while the host is stopping; it gets no reply", activity.Id);
        }
    }

    /// <summary>Completes when every queued turn has finished; for shutdown and tests.</summary>
    public Task DrainAsync() => _turns.DrainAsync();

    public ValueTask DisposeAsync() => _turns.DisposeAsync();

    private async Task RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var bot = scope.ServiceProvider.GetService<IBot>();
        if (bot is null)
        {
            _logger.LogWarning("No IBot is registered; activity {ActivityId} gets no reply", activity.Id);
            return;
        }

        await _adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, cancellationToken);
    }
}
