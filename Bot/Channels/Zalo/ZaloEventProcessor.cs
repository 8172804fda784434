using Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo;

/// <summary>
/// Answers accepted Zalo events in the background through the shared <see cref="TurnSequencer"/>: each user's events in
/// order, different users in parallel (<c>Zalo:MaxConcurrency</c>), at most <c>Zalo:QueueCapacity</c> waiting, beyond
/// which the webhook answers 503 so Zalo redelivers. Each event gets its own DI scope and the bot registered as
/// <see cref="IBot"/>. Failures are logged with the user and message id.
/// </summary>
public sealed class ZaloEventProcessor : IHostedService, IAsyncDisposable
{
    private readonly TurnSequencer _turns;
    private readonly ZaloAdapter _adapter;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly ILogger<ZaloEventProcessor> _logger;

    public ZaloEventProcessor(ZaloAdapter adapter, IServiceScopeFactory scopeFactory, IOptions<ZaloOptions> options, ILogger<ZaloEventProcessor> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _adapter = adapter;
        _scopeFactory = scopeFactory;
        _logger = logger;
        _turns = new TurnSequencer(options.Value.QueueCapacity, options.Value.MaxConcurrency, logger);
    }

    /// <summary>Queues without waiting: the webhook must answer Zalo quickly. False when the queue is full.</summary>
    public bool TryEnqueue(ZaloEvent zaloEvent)
    {
        ArgumentNullException.ThrowIfNull(zaloEvent);
        return _turns.TryEnqueue(
            zaloEvent.UserId,
            cancellationToken => ProcessAsync(zaloEvent, cancellationToken),
            // Still queued at shutdown: it will not be answered; say so rather than lose it silently.
            () => _logger.LogError(
                "Zalo {EventName} {MessageId} from user {UserId} was not answered: the service stopped",
                zaloEvent.EventName, zaloEvent.MessageId, zaloEvent.UserId));
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = _scopeFactory.CreateScope();
        if (scope.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(IBot)) == false)
        {
            _logger.LogError("Zalo channel is enabled but no IBot is registered; Zalo messages cannot be answered");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _turns.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => _turns.DisposeAsync();

    private async Task ProcessAsync(ZaloEvent zaloEvent, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = _scopeFactory.CreateAsyncScope();
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
            await _adapter.ProcessAsync(zaloEvent, bot, stoppingToken);
        }
        catch (ZaloSendException)
        {
            // Already logged at Error with the user and message id by the sender.
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _logger.LogError(
                "Zalo {EventName} {MessageId} from user {UserId} was interrupted by shutdown before it was answered",
                zaloEvent.EventName, zaloEvent.MessageId, zaloEvent.UserId);
        }
        catch (Exception ex)
        {
            _logger.LogError(
                ex, "Zalo {EventName} {MessageId} from user {UserId} could not be answered",
                zaloEvent.EventName, zaloEvent.MessageId, zaloEvent.UserId);
        }
    }
}
