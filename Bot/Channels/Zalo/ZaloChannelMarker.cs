namespace Bot.Channels.Zalo;

/// <summary>Registered only when the channel is configured; tells <c>MapZalo</c> whether to map the webhook.</summary>
public sealed class ZaloChannelMarker;
