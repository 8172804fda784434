using Bot.Security;

namespace Bot.DirectLine;

/// <summary>
/// Direct Line requests count against their conversation only when the bearer (the secret, or a token for that
/// conversation) holds; anything else is a failed authentication of the client address.
/// </summary>
public sealed class DirectLineSenderVerifier(DirectLineTokenService tokens) : IChatSenderVerifier
{
    public bool Owns(PathString path) => path.StartsWithSegments(DirectLineEndpoints.Prefix, StringComparison.OrdinalIgnoreCase);

    public SenderVerdict Verify(HttpContext context, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        var isStream = path.Value?.EndsWith("/stream", StringComparison.OrdinalIgnoreCase) == true;
        var caller = DirectLineCaller.Authenticate(context.Request, tokens, allowQueryToken: isStream, out _);
        if (caller is null)
        {
            return SenderVerdict.Failed;
        }

        var conversationId = RequestPartitions.RouteConversationId(path);
        if (conversationId is null)
        {
            return new SenderVerdict(true, null);
        }

        return caller.CanAccess(conversationId) ? new SenderVerdict(true, "conversation:" + conversationId) : SenderVerdict.Failed;
    }
}
