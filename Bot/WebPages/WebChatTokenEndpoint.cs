using System.Net;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Bot.DirectLine;
using Microsoft.Extensions.Options;

namespace Bot.WebPages;

/// <summary>
/// <c>POST /api/webchat/token</c>: the pages' way to a conversation without ever seeing the Direct Line secret.
/// Each call opens a new conversation bound to a new user id; callers are rate-limited per client address.
/// </summary>
public sealed class WebChatTokenEndpoint : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _limiter;

    public WebChatTokenEndpoint(IOptions<WebPagesOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perMinute = options.Value.TokenRequestsPerMinute;
        _limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address => RateLimitPartition.GetTokenBucketLimiter(address,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = perMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/webchat/token", static (HttpContext context, WebChatTokenEndpoint endpoint, DirectLineConversations conversations,
            CancellationToken cancellationToken) => endpoint.IssueAsync(context, conversations, cancellationToken)).DisableAntiforgery();

    public void Dispose() => _limiter.Dispose();

    private async Task<IResult> IssueAsync(HttpContext context, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress ?? IPAddress.None);
        if (!lease.IsAcquired)
        {
            context.Response.Headers.RetryAfter = "60";
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var userId = DirectLineConversations.NewUserId();
        var issued = await conversations.CreateWithTokenAsync(userId, cancellationToken);
        if (issued is null)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new WebChatToken(issued.Token, issued.Grant.ConversationId, userId, issued.ExpiresInSeconds));
    }

    private sealed record WebChatToken(
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("userId")] string UserId,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
