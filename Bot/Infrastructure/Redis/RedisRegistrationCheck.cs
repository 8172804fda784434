using Bot.DirectLine;
using Microsoft.Bot.Builder;

namespace Bot.Infrastructure.Redis;

/// <summary>
/// With Redis configured, an in-process storage registered after <c>AddRedis()</c> would silently keep state per
/// instance and break scale-out; refuse to start instead.
/// </summary>
internal sealed class RedisRegistrationCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var storage = services.GetService<IStorage>();
        if (storage is not RedisStorage)
        {
            throw new InvalidOperationException(
                $"Redis is configured but IStorage resolves to {storage?.GetType().Name ?? "nothing"}: call builder.AddRedis() after builder.AddBot().");
        }

        var deduplicator = services.GetService<IMessageDeduplicator>();
        if (deduplicator is not RedisDeduplicator)
        {
            throw new InvalidOperationException(
                $"Redis is configured but IMessageDeduplicator resolves to {deduplicator?.GetType().Name ?? "nothing"}: call builder.AddRedis() last.");
        }

        var directLine = services.GetService<IDirectLineStore>();
        if (directLine is not null and not RedisDirectLineStore)
        {
            throw new InvalidOperationException(
                $"Redis is configured but IDirectLineStore resolves to {directLine.GetType().Name}: call builder.AddRedis() after builder.AddDirectLine().");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
