namespace Bot.Security;

/// <summary>The state of one fixed window after a hit: how many hits it has counted and when it resets.</summary>
public readonly record struct RateLimitWindow(long Count, TimeSpan ResetsIn);

/// <summary>
/// Fixed-window hit counters shared by every instance (Redis). When one is registered, the abuse limits count in it
/// instead of in ASP.NET Core's per-instance rate limiter, so N instances enforce the configured limit, not N times it.
/// </summary>
public interface IRateLimitCounter
{
    /// <summary>Counts one hit in <paramref name="partition"/>'s current window of length <paramref name="window"/>.</summary>
    Task<RateLimitWindow> HitAsync(string partition, TimeSpan window, CancellationToken cancellationToken);
}
