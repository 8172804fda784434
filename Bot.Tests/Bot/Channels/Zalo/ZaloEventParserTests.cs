using System.Text.Json;
using global::Bot.Channels.Zalo;

namespace Bot.Tests.Bot.Channels.Zalo;

public sealed class ZaloEventParserTests
{
    [Fact]
    public void TextEventKeepsIdsAsStringsAndReadsTextAndMessageId()
    {
        var parsed = Parse(ZaloEvents.Text("246845883529197922", "96d3cdf3af150460909", "Xin chào", "1543908534740"));

        Assert.Equal(new ZaloEvent(ZaloEventKind.Text, "user_send_text", "246845883529197922", ZaloEvents.OaId, "96d3cdf3af150460909", "Xin chào", "1543908534740"), parsed);
    }

    [Fact]
    public void NumericIdsBeyondDoublePrecisionKeepEveryDigit()
    {
        const string json = """{"event_name":"user_send_text","sender":{"id":9007199254740993123},"message":{"text":"a","msg_id":"m"},"timestamp":1543908534740}""";

        var parsed = Parse(json);

        Assert.Equal("9007199254740993123", parsed!.UserId);
        Assert.Equal("1543908534740", parsed.Timestamp);
    }

    [Theory]
    [InlineData("user_send_image")]
    [InlineData("user_send_sticker")]
    [InlineData("user_send_file")]
    [InlineData("user_send_location")]
    [InlineData("user_send_gif")]
    public void NonTextUserMessagesAreNonText(string eventName)
    {
        var json = $$"""{"event_name":"{{eventName}}","sender":{"id":"1"},"message":{"msg_id":"m"},"timestamp":"1"}""";

        Assert.Equal(ZaloEventKind.NonText, Parse(json)!.Kind);
    }

    [Fact]
    public void BlankTextIsTreatedAsNonText() =>
        Assert.Equal(ZaloEventKind.NonText, Parse(ZaloEvents.Text("1", "m", "   "))!.Kind);

    [Fact]
    public void FollowEventNamesTheFollower()
    {
        var parsed = Parse(ZaloEvents.Follow("246845883529197922", "77"))!;

        Assert.Equal((ZaloEventKind.Follow, "246845883529197922", "follow:246845883529197922:77"), (parsed.Kind, parsed.UserId, parsed.DeduplicationKey));
    }

    [Theory]
    [InlineData("""{"event_name":"user_seen_message","sender":{"id":"1"},"timestamp":"1"}""")]
    [InlineData("""{"event_name":"oa_send_text","sender":{"id":"1"},"timestamp":"1"}""")]
    [InlineData("""{"event_name":"user_send_text","message":{"text":"no sender"},"timestamp":"1"}""")]
    [InlineData("""{"sender":{"id":"1"}}""")]
    [InlineData("""[1,2,3]""")]
    public void EventsTheAssistantDoesNotAnswerAreIgnored(string json) => Assert.Null(Parse(json));

    private static ZaloEvent? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ZaloEventParser.Parse(document.RootElement);
    }
}
