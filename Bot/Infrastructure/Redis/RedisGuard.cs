using StackExchange.Redis;

namespace Bot.Infrastructure.Redis;

/// <summary>Turns Redis connection failures and timeouts into <see cref="StateStorageUnavailableException"/>.</summary>
internal static class RedisGuard
{
    /// <param name="what">What was being done, completing "Could not …", e.g. "read bot state".</param>
    public static async Task<T> Run<T>(Task<T> operation, string what)
    {
        try
        {
            return await operation;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw Unavailable(ex, what);
        }
    }

    public static async Task Run(Task operation, string what)
    {
        try
        {
            await operation;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw Unavailable(ex, what);
        }
    }

    private static StateStorageUnavailableException Unavailable(Exception ex, string what) =>
        new($"Could not {what}: Redis is unavailable ({ex.GetType().Name}: {ex.Message}).", ex);
}
