using System.Net;
using System.Text.Json.Nodes;
using Bot.Tests.Bot.LiveHost;

namespace Bot.Tests.Bot.DirectLine;

/// <summary>The Direct Line exhaustion probes of the hardening review, replayed against a real host.</summary>
public sealed class DirectLineBudgetTests
{
    private const string Secret = LiveBotHost.Secret;

    [Fact]
    public async Task AnActivityCarryingAQuarterMegabyteOfChannelDataIsRefusedInVietnameseAndNotStored()
    {
        using var host = new LiveBotHost();
        var client = new DirectLineTestClient(host.CreateHttpClient());
        var (conversationId, token, userId) = await client.GenerateTokenAsync(Secret);
        var activity = new { type = "message", text = "xin chào", from = new { id = userId }, channelData = new { pad = new string('x', 200 * 1024) } };

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("MessageSizeTooBig", (string?)error["code"]);
        Assert.Contains("quá lớn", (string?)error["message"], StringComparison.Ordinal);
        var (activities, _) = await client.GetActivitiesAsync(conversationId, token, null);
        Assert.DoesNotContain(activities, stored => (string?)stored!["text"] == "xin chào");
    }

    [Fact]
    public async Task ManyLargePostsLeaveAConversationNoLargerThanItsBudget()
    {
        using var host = new LiveBotHost()
            .With("DirectLine:MaxActivityBytes", (16 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("DirectLine:MaxBytesPerConversation", (64 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var client = new DirectLineTestClient(host.CreateHttpClient());
        var (conversationId, token, userId) = await client.GenerateTokenAsync(Secret);

        for (var i = 0; i < 20; i++)
        {
            var activity = new { type = "message", text = "tin " + i, from = new { id = userId }, channelData = new { pad = new string('x', 12 * 1024) } };
            using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        var body = await read.Content.ReadAsStringAsync();
        Assert.InRange(body.Length, 1, 64 * 1024 + 1024);
        Assert.Contains("\"tin 19\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CitizensWhoKeepWritingAreNeverAnswered404WhenTogetherTheyPassTheStoreBudget()
    {
        using var host = new LiveBotHost()
            .With("DirectLine:MaxStoreBytes", (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("DirectLine:MaxActivityBytes", (16 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var client = new DirectLineTestClient(host.CreateHttpClient());
        var citizens = new List<(string ConversationId, string Token, string UserId)>();
        for (var i = 0; i < 8; i++)
        {
            citizens.Add(await client.GenerateTokenAsync(Secret));
        }

        // Eight conversations in turn, 20 posts of 12 KB each: about twice the store's budget.
        for (var round = 0; round < 20; round++)
        {
            foreach (var (conversationId, token, userId) in citizens)
            {
                var activity = new { type = "message", text = "tin " + round, from = new { id = userId }, channelData = new { pad = new string('x', 12 * 1024) } };
                using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, activity);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        var (first, firstToken, firstUser) = citizens[0];
        var asked = await client.PostMessageAsync(first, firstToken, firstUser, "làm lại căn cước ở đâu");
        await client.PollUntilAsync(first, firstToken, null, seen => seen.Any(activity => DirectLineTestClient.IsBotReplyTo(activity, asked)));
    }

    [Fact]
    public async Task TokensMintedInBulkLockOutNeitherAVisitorNorTheSecretHolderNorACitizenMidConversation()
    {
        using var host = new LiveBotHost()
            .With("DirectLine:MaxConversations", "20")
            .With("WebPages:TokenRequestsPerMinute", "1000")
            .With("WebPages:TokenRequestsPerMinutePerNetwork", "1000");
        using var http = host.CreateHttpClient();
        var client = new DirectLineTestClient(http);
        var (citizenConversation, citizenToken, citizenId) = await client.GenerateTokenAsync(Secret);
        await client.PostMessageAsync(citizenConversation, citizenToken, citizenId, "làm lại căn cước ở đâu");

        for (var i = 0; i < 60; i++)
        {
            using var minted = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.OK, minted.StatusCode);
        }

        using var visitor = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, visitor.StatusCode);
        using var secretHolder = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", Secret);
        Assert.Equal(HttpStatusCode.OK, secretHolder.StatusCode);
        var (activities, _) = await client.GetActivitiesAsync(citizenConversation, citizenToken, null);
        Assert.Contains(activities, stored => (string?)stored!["text"] == "làm lại căn cước ở đâu");
    }

    [Fact]
    public async Task WhenEveryConversationIsInUseANewVisitorIsToldInVietnameseToComeBackLater()
    {
        using var host = new LiveBotHost().With("DirectLine:MaxConversations", "2");
        using var http = host.CreateHttpClient();
        var client = new DirectLineTestClient(http);
        for (var i = 0; i < 2; i++)
        {
            var (conversationId, token, userId) = await client.GenerateTokenAsync(Secret);
            await client.PostMessageAsync(conversationId, token, userId, "thủ tục khai sinh");
        }

        using var visitor = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, visitor.StatusCode);
        var body = JsonNode.Parse(await visitor.Content.ReadAsStringAsync())!;
        Assert.Contains("thử lại sau", (string?)body["message"], StringComparison.Ordinal);
    }
}
