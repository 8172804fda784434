namespace Bot.Channels.Zalo;

/// <summary>Outcome of one call to the OA message API.</summary>
public sealed record ZaloSendResult(bool Succeeded, string? MessageId, bool Transient, string? Error)
{
    public static ZaloSendResult Success(string? messageId) => new(true, messageId, false, null);

    public static ZaloSendResult Failure(string error, bool transient) => new(false, null, transient, error);
}
