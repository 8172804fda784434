using Bot.Security;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace Bot.Hosting.Messages;

/// <summary><c>POST /api/messages</c>: the activity is checked (<see cref="ChannelActivityCheck"/>), then the Bot Framework adapter authenticates and runs the turn.</summary>
internal static class MessagesEndpoint
{
    public static async Task HandleAsync(
        HttpContext context,
        IBotFrameworkHttpAdapter adapter,
        IBot bot,
        ChannelActivityCheck check,
        ILogger<ChannelActivityCheck> logger)
    {
        var request = context.Request;
        var body = await ReadRewindableAsync(request, context.RequestAborted);
        if (check.Check(body.Span) is { } refusal)
        {
            logger.LogInformation("Refused an activity on {Path}: {Refusal}", request.Path, refusal.Code);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new RefusalBody(refusal.Code, AbuseMessages.Instance.InvalidActivity), context.RequestAborted);
            return;
        }

        await adapter.ProcessAsync(request, context.Response, bot, context.RequestAborted);
    }

    /// <summary>The body's bytes, leaving the stream at its start for the adapter. The request guard has usually buffered it already.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadRewindableAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.Body is MemoryStream { Position: 0 } buffered && buffered.TryGetBuffer(out var segment))
        {
            return segment;
        }

        request.EnableBuffering();
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, cancellationToken);
        request.Body.Position = 0;
        return copy.ToArray();
    }
}
