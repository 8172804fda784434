namespace Bot.Infrastructure.Redis;

/// <summary>
/// Shared state could not be read or written because Redis is unreachable or still loading. The turn boundary
/// catches it like any other error and apologises to the citizen; the connection recovers on its own.
/// </summary>
public sealed class StateStorageUnavailableException : Exception
{
    public StateStorageUnavailableException()
    {
    }

    public StateStorageUnavailableException(string message)
        : base(message)
    {
    }

    public StateStorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
