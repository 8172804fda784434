namespace Bot.Infrastructure.Redis;

/// <summary>A store item was written with an ETag that no longer matches: another instance changed it since it was read.</summary>
public sealed class StateETagConflictException : Exception
{
    public StateETagConflictException()
    {
    }

    public StateETagConflictException(string message)
        : base(message)
    {
    }

    public StateETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
