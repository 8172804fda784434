namespace Bot.Hosting.WarmUp;

/// <summary>Whether the warm-up has run: readiness reports ready only then, so a balancer sends citizens to a fast process.</summary>
public sealed class WarmUpState
{
    private int _done;

    public bool IsWarm => Volatile.Read(ref _done) == 1;

    public TimeSpan? Took { get; private set; }

    internal void Done(TimeSpan took)
    {
        Took = took;
        Volatile.Write(ref _done, 1);
    }
}
