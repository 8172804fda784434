using System.Text.Json;
using Bot.Security;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo;

/// <summary>
/// A Zalo event counts against its sender only when Zalo signed it: an unsigned event naming a citizen must not
/// spend that citizen's budget. The webhook checks the signature again (and the event's age) before acting on it.
/// </summary>
public sealed class ZaloSenderVerifier(IOptions<ZaloOptions> options) : IChatSenderVerifier
{
    public bool Owns(PathString path) => path.StartsWithSegments(ZaloWebhookEndpoint.Route, StringComparison.OrdinalIgnoreCase);

    public SenderVerdict Verify(HttpContext context, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.Value;
        string? signature = context.Request.Headers[ZaloSignature.HeaderName];
        if (string.IsNullOrWhiteSpace(signature) || body.IsEmpty)
        {
            return SenderVerdict.Failed;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            return SenderVerdict.Failed;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object ||
                !ZaloSignature.IsValid(signature, settings.AppId!, body.Span, ZaloEventParser.ReadTimestamp(root), settings.OaSecretKey!))
            {
                return SenderVerdict.Failed;
            }

            return RequestPartitions.BodyUserId(root) is { } sender ? new SenderVerdict(true, "user:" + sender) : new SenderVerdict(true, null);
        }
    }
}
