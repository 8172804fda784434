using Microsoft.Bot.Builder;

namespace Bot.Channels.Zalo;

/// <summary>
/// Answers queued Zalo events in the background, one worker per queue partition. Each event gets its own DI
/// scope and the bot registered as <see cref="IBot"/>. Failures are logged with the user and message id.
/// </summary>
public sealed class ZaloEventProcessor(
    ZaloEventInbox queue,
    ZaloAdapter adapter,
    IServiceScopeFactory scopeFactory,
    ILogger<ZaloEventProcessor> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using (var scope = scopeFactory.CreateScope())
        {
            if (scope.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(IBot)) == false)
            {
                logger.LogError("Zalo channel is enabled but no IBot is registered; Zalo messages cannot be answered");
            }
        }

        var workers = Enumerable.Range(0, queue.PartitionCount).Select(p => Task.Run(() => WorkAsync(p, stoppingToken), CancellationToken.None));
        return Task.WhenAll(workers);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await base.StopAsync(cancellationToken);

        // Whatever is still queued will not be answered: say so rather than lose it silently.
        for (var p = 0; p < queue.PartitionCount; p++)
        {
            while (queue.Reader(p).TryRead(out var pending))
            {
                logger.LogError(
                    "Zalo {EventName} {MessageId} from user {UserId} was not answered: the service stopped",
                    pending.EventName, pending.MessageId, pending.UserId);
            }
        }
    }

    private async Task WorkAsync(int partition, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var zaloEvent in queue.Reader(partition).ReadAllAsync(stoppingToken))
            {
                await ProcessAsync(zaloEvent, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ProcessAsync(ZaloEvent zaloEvent, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
            await adapter.ProcessAsync(zaloEvent, bot, stoppingToken);
        }
        catch (ZaloSendException)
        {
            // Already logged at Error with the user and message id by the sender.
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogError(
                "Zalo {EventName} {MessageId} from user {UserId} was interrupted by shutdown before it was answered",
                zaloEvent.EventName, zaloEvent.MessageId, zaloEvent.UserId);
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(
                ex, "Zalo {EventName} {MessageId} from user {UserId} could not be answered",
                zaloEvent.EventName, zaloEvent.MessageId, zaloEvent.UserId);
        }
    }
}
