namespace Bot.Channels.Zalo;

/// <summary>One bot activity rendered for Zalo: plain text (not yet split) and the actions numbered in it.</summary>
public sealed record ZaloReply(string Text, IReadOnlyList<ZaloSuggestedAction> Actions);
