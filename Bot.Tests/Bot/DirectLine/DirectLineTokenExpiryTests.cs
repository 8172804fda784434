using System.Net;
using System.Text.Json.Nodes;
using Bot.Tests.Bot.Hosting;

namespace Bot.Tests.Bot.DirectLine;

/// <summary>Own host per class: these tests move the host's clock.</summary>
public sealed class DirectLineTokenExpiryTests : IClassFixture<KestrelBotHostFactory>
{
    private readonly KestrelBotHostFactory _host;
    private readonly DirectLineTestClient _client;

    public DirectLineTokenExpiryTests(KestrelBotHostFactory host)
    {
        _host = host;
        _client = new DirectLineTestClient(host.CreateHttpClient());
    }

    [Fact]
    public async Task ExpiredTokenIsRejectedEverywhereAndCannotBeRefreshed()
    {
        var (conversationId, token, userId) = await _client.GenerateTokenAsync(KestrelBotHostFactory.Secret);
        await _client.StartConversationAsync(token);
        await _client.PostMessageAsync(conversationId, token, userId, "trước khi hết hạn");

        _host.Time.Advance(TimeSpan.FromMinutes(31));

        using var read = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        using var post = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token,
            new { type = "message", text = "sau khi hết hạn", from = new { id = userId } });
        using var refresh = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        Assert.Equal("TokenExpired", (string?)JsonNode.Parse(await read.Content.ReadAsStringAsync())!["error"]!["code"]);
        var (log, _) = await _client.GetActivitiesAsync(conversationId, KestrelBotHostFactory.Secret, null);
        Assert.DoesNotContain(log, a => (string?)a!["text"] == "sau khi hết hạn");
    }
}
