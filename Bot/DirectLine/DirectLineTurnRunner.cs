using Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Bot.DirectLine;

/// <summary>
/// Hands client activities to the bot in the background through the shared <see cref="TurnSequencer"/>: a post returns
/// at once, and each conversation's turns run one at a time in arrival order.
/// </summary>
public sealed class DirectLineTurnRunner(IServiceScopeFactory scopes, DirectLineAdapter adapter, ILogger<DirectLineTurnRunner> logger)
    : IAsyncDisposable
{
    // Direct Line bounds conversations and their budgets in the store; the queue itself takes every turn.
    private readonly TurnSequencer _turns = new(int.MaxValue, int.MaxValue, logger);

    public void Enqueue(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_turns.TryEnqueue(activity.Conversation.Id, cancellationToken => RunAsync(activity, cancellationToken)))
        {
            logger.LogWarning("Activity {ActivityId} arrived while the host is stopping; it gets no reply", activity.Id);
        }
    }

    /// <summary>Completes when every queued turn has finished; for shutdown and tests.</summary>
    public Task DrainAsync() => _turns.DrainAsync();

    public ValueTask DisposeAsync() => _turns.DisposeAsync();

    private async Task RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var bot = scope.ServiceProvider.GetService<IBot>();
        if (bot is null)
        {
            logger.LogWarning("No IBot is registered; activity {ActivityId} gets no reply", activity.Id);
            return;
        }

        await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, cancellationToken);
    }
}
