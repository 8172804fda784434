namespace Bot.Tests.Bot.LiveHost;

/// <summary>The live host with the real assistant bot and the real search over the fixture index.</summary>
public sealed class LiveAssistantHost : LiveBotHost
{
    protected override bool UseRealBot => true;
}
