using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Bot.Security;

/// <summary>
/// One global limiter chained from three: every request counts against its client IP; sent messages on chat
/// endpoints whose credentials hold also count against their user or conversation; requests whose credentials do not
/// hold count against the address's failed-authentication budget. Fixed one-minute windows, no queue.
/// </summary>
internal static class AbuseRateLimiting
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <param name="shared">True when a shared <see cref="IRateLimitCounter"/> counts instead (Redis): no per-instance limiter then.</param>
    public static void Configure(RateLimiterOptions options, LimitsOptions limits, bool shared = false)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = OnRejectedAsync;
        if (!limits.RateLimitingEnabled || shared)
        {
            return;
        }

        var perIp = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IpPartition(context, limits) is { } ip
                ? RateLimitPartition.GetFixedWindowLimiter(ip, _ => WindowOf(limits.PermitPerMinutePerIp))
                : RateLimitPartition.GetNoLimiter("exempt"));

        var perUser = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RequestPartitions.UserKey(context) is { } user
                ? RateLimitPartition.GetFixedWindowLimiter(user, _ => WindowOf(limits.PermitPerMinutePerUser))
                : RateLimitPartition.GetNoLimiter("anonymous"));

        var failedAuthentications = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RequestPartitions.AuthenticationFailed(context)
                ? RateLimitPartition.GetFixedWindowLimiter(FailedAuthenticationPartition(context), _ => WindowOf(limits.FailedAuthenticationsPerMinutePerIp))
                : RateLimitPartition.GetNoLimiter("authenticated"));

        options.GlobalLimiter = PartitionedRateLimiter.CreateChained(perIp, perUser, failedAuthentications);
    }

    /// <summary>The partitions a request counts against, in order, with their permits per window.</summary>
    public static IEnumerable<(string Partition, int Permits)> Partitions(HttpContext context, LimitsOptions limits)
    {
        if (IpPartition(context, limits) is { } ip)
        {
            yield return (ip, limits.PermitPerMinutePerIp);
        }

        if (RequestPartitions.UserKey(context) is { } user)
        {
            yield return (user, limits.PermitPerMinutePerUser);
        }

        if (RequestPartitions.AuthenticationFailed(context))
        {
            yield return (FailedAuthenticationPartition(context), limits.FailedAuthenticationsPerMinutePerIp);
        }
    }

    /// <summary>429 body and <c>Retry-After</c>; the caller has set the status code.</summary>
    public static Task WriteRejectionAsync(HttpResponse response, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return response.WriteAsJsonAsync(new RefusalBody("too_many_requests", AbuseMessages.Instance.TooManyRequests(seconds)), cancellationToken);
    }

    private static string? IpPartition(HttpContext context, LimitsOptions limits) =>
        RequestPartitions.StartsWithAny(context.Request.Path, limits.IpExemptPaths) ? null : "ip:" + RequestPartitions.IpKey(context);

    private static string FailedAuthenticationPartition(HttpContext context) => "authfail:" + RequestPartitions.IpKey(context);

    private static FixedWindowRateLimiterOptions WindowOf(int permits) => new()
    {
        PermitLimit = permits,
        Window = Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        await WriteRejectionAsync(rejected.HttpContext.Response, retryAfter, cancellationToken);
    }
}
