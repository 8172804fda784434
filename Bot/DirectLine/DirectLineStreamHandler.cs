using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine;

/// <summary>
/// The <c>streamUrl</c> WebSocket: pushes <c>{activities, watermark}</c> frames as the log grows, starting after the
/// watermark in the URL (or from the beginning, so a welcome sent before the socket opened is not lost).
/// </summary>
public static class DirectLineStreamHandler
{
    public static async Task HandleAsync(HttpContext context, string conversationId, DirectLineTokenService tokens, IDirectLineStore store,
        IOptions<DirectLineOptions> options, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        var aborted = context.RequestAborted;
        var (caller, error) = await DirectLineEndpoints.AuthorizeAsync(context.Request, conversationId, tokens, store, aborted, allowQueryToken: true);
        if (caller is null)
        {
            await error!.ExecuteAsync(context);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await DirectLineErrors.BadArgument("The stream URL accepts WebSocket connections only.").ExecuteAsync(context);
            return;
        }

        if (!DirectLineEndpoints.TryParseWatermark(context.Request.Query["watermark"], out var watermark))
        {
            await DirectLineErrors.BadArgument("The watermark must be a non-negative integer.").ExecuteAsync(context);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var receiving = DrainIncomingAsync(socket, closed);
        var logger = loggers.CreateLogger(typeof(DirectLineStreamHandler));
        try
        {
            while (socket.State == WebSocketState.Open && !closed.IsCancellationRequested)
            {
                var page = await store.GetActivitiesAsync(conversationId, watermark, options.Value.MaxActivitiesPerRead, closed.Token);
                if (page is null)
                {
                    break; // The conversation expired.
                }

                if (page.ActivitiesJson.Count > 0)
                {
                    var frame = Encoding.UTF8.GetBytes(DirectLineEndpoints.ActivitySetJson(page));
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, closed.Token);
                    watermark = page.Watermark;
                    continue;
                }

                await store.WaitForActivitiesAsync(conversationId, watermark, closed.Token);
            }

        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }
        catch (WebSocketException ex)
        {
            logger.LogDebug(ex, "Stream for conversation {ConversationId} dropped", conversationId);
        }

        await closed.CancelAsync();
        await receiving;
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Already gone.
            }
        }
    }

    // Clients send nothing on the stream but close and pings; reading is how a close is noticed.
    private static async Task DrainIncomingAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closing either way.
        }

        await closed.CancelAsync();
    }
}
