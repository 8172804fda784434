namespace Bot.Channels.Zalo;

/// <summary>
/// A suggested action the user can pick by number: <see cref="Text"/> becomes the activity text and
/// <see cref="Value"/> the activity value, as a click on the button would have sent them.
/// </summary>
public sealed record ZaloSuggestedAction(string Title, string? Text, object? Value);
