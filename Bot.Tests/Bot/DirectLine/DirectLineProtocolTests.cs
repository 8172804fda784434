using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Tests.Bot.LiveHost;

namespace Bot.Tests.Bot.DirectLine;

public sealed class DirectLineProtocolTests : IClassFixture<LiveBotHost>
{
    private const string Secret = LiveBotHost.Secret;
    private readonly LiveBotHost _host;
    private readonly DirectLineTestClient _client;

    public DirectLineProtocolTests(LiveBotHost host)
    {
        _host = host;
        _client = new DirectLineTestClient(host.CreateHttpClient());
    }

    [Fact]
    public async Task TokenGenerateNeedsTheSecret()
    {
        using var anonymous = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null);
        using var wrong = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", Secret + "x");
        using var right = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var body = JsonNode.Parse(await right.Content.ReadAsStringAsync())!;
        Assert.False(string.IsNullOrEmpty((string?)body["conversationId"]));
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
        Assert.InRange((int)body["expires_in"]!, 60, 86_400);
        Assert.DoesNotContain(Secret, (string)body["token"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationTokenCannotMintMoreTokens()
    {
        var (_, token, _) = await _client.GenerateTokenAsync(Secret);

        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RefreshedTokenStillOpensTheSameConversation()
    {
        var (conversationId, token, userId) = await _client.GenerateTokenAsync(Secret);

        var refreshed = await _client.SendForJsonAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        var newToken = (string)refreshed["token"]!;

        Assert.Equal(conversationId, (string)refreshed["conversationId"]!);
        Assert.NotEqual(token, newToken);
        var started = await _client.StartConversationAsync(newToken);
        Assert.Equal(conversationId, (string)started["conversationId"]!);
        var id = await _client.PostMessageAsync(conversationId, newToken, userId, "làm lại căn cước");
        await _client.PollUntilAsync(conversationId, newToken, null, seen => seen.Any(a => DirectLineTestClient.IsBotReplyTo(a, id)));
    }

    [Fact]
    public async Task StartingAConversationReturnsAStreamUrlAndTheBotWelcomesTheUser()
    {
        var (conversationId, token, userId) = await _client.GenerateTokenAsync(Secret);

        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(conversationId, (string)body["conversationId"]!);
        var streamUrl = new Uri((string)body["streamUrl"]!);
        Assert.Equal("ws", streamUrl.Scheme);
        Assert.Equal(_host.BaseAddress.Port, streamUrl.Port);
        Assert.EndsWith($"/v3/directline/conversations/{conversationId}/stream", streamUrl.AbsolutePath, StringComparison.Ordinal);
        var (activities, _) = await _client.PollUntilAsync(conversationId, token, null,
            seen => seen.Any(a => (string?)a["text"] == EchoTestBot.Welcome));
        var welcome = activities.Single(a => (string?)a["text"] == EchoTestBot.Welcome);
        Assert.Equal(userId, (string)welcome["recipient"]!["id"]!);
        Assert.Equal("directline", (string)welcome["channelId"]!);
    }

    [Fact]
    public async Task SecretStartsAConversationAndGetsATokenForIt()
    {
        var started = await _client.StartConversationAsync(Secret);
        var conversationId = (string)started["conversationId"]!;
        var token = (string)started["token"]!;

        var id = await _client.PostMessageAsync(conversationId, token, "dl_secret-user", "xin chào");

        Assert.NotEqual(Secret, token);
        await _client.PollUntilAsync(conversationId, token, null, seen => seen.Any(a => DirectLineTestClient.IsBotReplyTo(a, id)));
    }

    [Fact]
    public async Task PollingWithWatermarksReturnsEveryActivityOnceInOrder()
    {
        var (conversationId, token, userId) = await _client.GenerateTokenAsync(Secret);
        await _client.StartConversationAsync(token);
        var questions = new[] { "cấp lại căn cước", "lệ phí bao nhiêu", "mất bao lâu" };
        var ids = new List<string>();
        var all = new List<JsonObject>();
        string? watermark = null;
        foreach (var question in questions)
        {
            var id = await _client.PostMessageAsync(conversationId, token, userId, question);
            ids.Add(id);
            var (batch, next) = await _client.PollUntilAsync(conversationId, token, watermark,
                seen => seen.Any(a => DirectLineTestClient.IsBotReplyTo(a, id)));
            all.AddRange(batch);
            watermark = next;
        }

        var (rest, _) = await _client.GetActivitiesAsync(conversationId, token, watermark);
        Assert.Empty(rest);
        var allIds = all.Select(a => (string)a["id"]!).ToList();
        Assert.Equal(allIds.Distinct().Count(), allIds.Count);
        Assert.Equal(allIds.Order(StringComparer.Ordinal), allIds);
        var userTexts = all.Where(a => (string?)a["from"]?["id"] == userId).Select(a => (string)a["text"]!).ToList();
        Assert.Equal(questions, userTexts);
        var replyTargets = all.Where(a => a["replyToId"] is not null && (string?)a["type"] == "message").Select(a => (string)a["replyToId"]!).ToList();
        Assert.Equal(ids, replyTargets);
        Assert.Equal(ids[1], (string)all.Single(a => (string?)a["text"] == "lệ phí bao nhiêu")["id"]!);
    }

    [Fact]
    public async Task WebSocketStreamPushesTheBotReply()
    {
        var (conversationId, token, userId) = await _client.GenerateTokenAsync(Secret);
        var started = await _client.StartConversationAsync(token);
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(DirectLineTestClient.WaitLimit);
        await socket.ConnectAsync(new Uri((string)started["streamUrl"]!), timeout.Token);

        var id = await _client.PostMessageAsync(conversationId, token, userId, "hộ chiếu");

        var received = new List<JsonObject>();
        string? lastWatermark = null;
        while (!received.Any(a => DirectLineTestClient.IsBotReplyTo(a, id)))
        {
            var frame = await ReceiveFrameAsync(socket, timeout.Token);
            if (frame.Length == 0)
            {
                continue;
            }

            var set = JsonNode.Parse(frame)!;
            received.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
            lastWatermark = (string)set["watermark"]!;
        }

        var reply = received.Single(a => DirectLineTestClient.IsBotReplyTo(a, id));
        Assert.Equal("Bạn hỏi: **hộ chiếu**", (string)reply["text"]!);
        Assert.Equal("Bạn hỏi: hộ chiếu", (string)reply["speak"]!);
        Assert.Contains(received, a => (string?)a["id"] == id);
        Assert.Equal(received.Select(a => (string)a["id"]!).Distinct().Count(), received.Count);
        var (afterStream, _) = await _client.GetActivitiesAsync(conversationId, token, lastWatermark);
        Assert.Empty(afterStream);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    [Fact]
    public async Task TokenForOneConversationCannotTouchAnother()
    {
        var (conversationA, tokenA, userA) = await _client.GenerateTokenAsync(Secret);
        var (conversationB, tokenB, userB) = await _client.GenerateTokenAsync(Secret);
        await _client.StartConversationAsync(tokenB);
        await _client.PostMessageAsync(conversationB, tokenB, userB, "bí mật của B");

        using var read = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationB}/activities", tokenA);
        using var post = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationB}/activities", tokenA,
            new { type = "message", text = "xen vào", from = new { id = userA } });
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationB}", tokenA);
        using var socket = new ClientWebSocket();
        var streamB = new UriBuilder(_host.BaseAddress) { Scheme = "ws", Path = $"/v3/directline/conversations/{conversationB}/stream", Query = "t=" + tokenA };
        var streamError = await Assert.ThrowsAnyAsync<WebSocketException>(() => socket.ConnectAsync(streamB.Uri, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Contains("403", streamError.Message, StringComparison.Ordinal);
        Assert.NotEqual(conversationA, conversationB);
        var (bLog, _) = await _client.GetActivitiesAsync(conversationB, tokenB, null);
        Assert.DoesNotContain(bLog, a => (string?)a!["text"] == "xen vào");
    }

    [Fact]
    public async Task TheSecretIsNotAcceptedInTheStreamUrl()
    {
        var (conversationId, token, _) = await _client.GenerateTokenAsync(Secret);
        await _client.StartConversationAsync(token);
        using var socket = new ClientWebSocket();
        var stream = new UriBuilder(_host.BaseAddress)
        {
            Scheme = "ws",
            Path = $"/v3/directline/conversations/{conversationId}/stream",
            Query = "t=" + Uri.EscapeDataString(Secret),
        };

        var error = await Assert.ThrowsAnyAsync<WebSocketException>(() => socket.ConnectAsync(stream.Uri, CancellationToken.None));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAPublicAddressConfiguredTheStreamUrlIgnoresAForgedHostHeader()
    {
        using var host = new LiveBotHost().With("DirectLine:PublicBaseUrl", "https://tro-ly.example.vn/chat/");
        var client = new DirectLineTestClient(host.CreateHttpClient());
        var (_, token, _) = await client.GenerateTokenAsync(Secret);
        using var request = DirectLineTestClient.Request(HttpMethod.Post, "/v3/directline/conversations", token);
        request.Headers.Host = "attacker.example";

        using var response = await client.Http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.StartsWith("wss://tro-ly.example.vn/chat/v3/directline/conversations/", (string?)body["streamUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedTokenIsRejected()
    {
        var (conversationId, token, _) = await _client.GenerateTokenAsync(Secret);
        var (otherConversation, _, _) = await _client.GenerateTokenAsync(Secret);
        var forgedPayload = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"C\":\"{otherConversation}\",\"U\":null,\"E\":9999999999,\"N\":\"00\"}}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var forged = forgedPayload + token[token.IndexOf('.', StringComparison.Ordinal)..];

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{otherConversation}/activities", forged);
        using var garbage = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
    }

    [Fact]
    public async Task MalformedOrOversizedActivitiesGetAClearErrorAndAreNotLogged()
    {
        var (conversationId, token, userId) = await _client.GenerateTokenAsync(Secret);
        var path = $"/v3/directline/conversations/{conversationId}/activities";

        using var notJson = await _client.SendAsync(HttpMethod.Post, path, token, "{not json");
        using var noType = await _client.SendAsync(HttpMethod.Post, path, token, new { text = "thiếu loại", from = new { id = userId } });
        using var huge = await _client.SendAsync(HttpMethod.Post, path, token, new { type = "message", text = new string('a', 300_000), from = new { id = userId } });
        using var badWatermark = await _client.SendAsync(HttpMethod.Get, path + "?watermark=-3", token);
        using var unknown = await _client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/khong-ton-tai/activities", Secret);

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badWatermark.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("\"error\"", await notJson.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (log, _) = await _client.GetActivitiesAsync(conversationId, token, null);
        Assert.Empty(log);
    }

    [Fact]
    public async Task TokenBoundToAUserCannotSpeakAsAnotherUser()
    {
        var (conversationId, token, userId) = await _client.GenerateTokenAsync(Secret);

        var id = await _client.PostMessageAsync(conversationId, token, "dl_someone-else", "tôi là người khác");

        var (log, _) = await _client.PollUntilAsync(conversationId, token, null, seen => seen.Any(a => (string?)a["id"] == id));
        Assert.Equal(userId, (string)log.Single(a => (string?)a["id"] == id)["from"]!["id"]!);
    }

    private static async Task<string> ReceiveFrameAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }
}
