using System.Net;
using Bot.Tests.Bot.LiveHost;

namespace Bot.Tests.Bot.DirectLine;

/// <summary>Direct Line against the real assistant (not the echo bot): channel behaviour that depends on the bot.</summary>
public sealed class DirectLineAssistantTests : IClassFixture<LiveAssistantHost>
{
    private readonly DirectLineTestClient _client;

    public DirectLineAssistantTests(LiveAssistantHost host) => _client = new DirectLineTestClient(host.CreateHttpClient());

    [Fact]
    public async Task OverLongMessageIsAcceptedAndAnsweredWithTheSamePoliteRefusalAsOtherChannels()
    {
        var (conversationId, token, userId) = await _client.GenerateTokenAsync(LiveBotHost.Secret);
        using var posted = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token,
            new { type = "message", text = new string('b', 100 * 1024), from = new { id = userId } });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        var (activities, _) = await _client.PollUntilAsync(conversationId, token, null, seen => seen.Any(a => (string?)a["replyKind"] == "tooLong"));

        var refusal = activities.First(a => (string?)a["replyKind"] == "tooLong");
        Assert.Contains("vượt quá giới hạn 2.000 ký tự", (string?)refusal["text"], StringComparison.Ordinal);
    }
}
