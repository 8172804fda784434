namespace Bot.Channels.Zalo;

/// <summary>A reply that could not be delivered after all attempts; already logged at Error by the sender.</summary>
public sealed class ZaloSendException : Exception
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
