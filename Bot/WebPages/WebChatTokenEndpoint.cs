using System.Net;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Bot.DirectLine;
using Bot.Security;
using Microsoft.Extensions.Options;

namespace Bot.WebPages;

/// <summary>
/// <c>POST /api/webchat/token</c>: the pages' way to a conversation without ever seeing the Direct Line secret.
/// Each call opens a new conversation bound to a new user id; callers are rate-limited per client address and per
/// client network. Refusals carry a Vietnamese message.
/// </summary>
public sealed class WebChatTokenEndpoint : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<IPAddress> _limiter;

    public WebChatTokenEndpoint(IOptions<WebPagesOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perAddress = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
            RateLimitPartition.GetTokenBucketLimiter(address, _ => Bucket(options.Value.TokenRequestsPerMinute)));
        var perNetwork = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
            RateLimitPartition.GetTokenBucketLimiter(ClientNetwork.Of(address), _ => Bucket(options.Value.TokenRequestsPerMinutePerNetwork)));
        _limiter = PartitionedRateLimiter.CreateChained(perAddress, perNetwork);
    }

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/webchat/token", static (HttpContext context, WebChatTokenEndpoint endpoint, DirectLineConversations conversations,
            CancellationToken cancellationToken) => endpoint.IssueAsync(context, conversations, cancellationToken)).DisableAntiforgery();

    public void Dispose() => _limiter.Dispose();

    private static TokenBucketRateLimiterOptions Bucket(int perMinute) => new()
    {
        TokenLimit = perMinute,
        TokensPerPeriod = perMinute,
        ReplenishmentPeriod = Period,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private async Task<IResult> IssueAsync(HttpContext context, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress ?? IPAddress.None);
        if (!lease.IsAcquired)
        {
            var seconds = (int)Period.TotalSeconds;
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new RefusalBody("too_many_requests", AbuseMessages.Instance.TooManyRequests(seconds)),
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        var userId = DirectLineConversations.NewUserId();
        var issued = await conversations.CreateWithTokenAsync(userId, cancellationToken);
        if (issued is null)
        {
            return Results.Json(new RefusalBody("service_unavailable", AbuseMessages.Instance.ConversationsBusy),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Json(new WebChatToken(issued.Token, issued.Grant.ConversationId, userId, issued.ExpiresInSeconds));
    }

    private sealed record WebChatToken(
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("userId")] string UserId,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
