namespace Bot.Channels.Zalo;

/// <summary>The numbered actions most recently offered to each user, so a reply of "2" means the second action.</summary>
public interface IZaloSuggestedActionStore
{
    ValueTask RememberAsync(string userId, IReadOnlyList<ZaloSuggestedAction> actions, CancellationToken cancellationToken);

    /// <summary>Returns the actions offered to the user (empty when none or expired) and forgets them.</summary>
    ValueTask<IReadOnlyList<ZaloSuggestedAction>> TakeAsync(string userId, CancellationToken cancellationToken);
}
