namespace Bot.Channels.Zalo;

/// <summary>
/// A reply that could not be delivered after all attempts; already logged at Error by the sender. An
/// <see cref="HttpRequestException"/>, so the shared turn-error policy treats it as any channel's delivery failure.
/// </summary>
public sealed class ZaloSendException : HttpRequestException
{
    public ZaloSendException()
    {
    }

    public ZaloSendException(string message)
        : base(message)
    {
    }

    public ZaloSendException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
