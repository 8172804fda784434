namespace Bot.Channels.Zalo;

/// <summary>
/// Remembers which Zalo events were accepted so a redelivery is never answered twice. In memory for one
/// instance; a shared store (e.g. Redis) can implement it for several instances.
/// </summary>
public interface IZaloMessageDeduplicator
{
    /// <summary>Records the key and returns true, or returns false when it was already recorded within the window.</summary>
    ValueTask<bool> TryRegisterAsync(string key, CancellationToken cancellationToken);

    /// <summary>Forgets a key whose event could not be queued, so Zalo's redelivery is accepted.</summary>
    ValueTask ForgetAsync(string key, CancellationToken cancellationToken);
}
