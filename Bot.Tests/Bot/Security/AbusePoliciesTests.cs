using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using global::Bot.Observability;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Tests.Bot.Security;

/// <summary>The real Bot host in memory; each test builds its own so rate-limit windows never leak between tests.</summary>
public sealed class AbusePoliciesTests
{
    [Fact]
    public async Task ClientOverItsPerMinuteLimitGets429WithRetryAfterAndAVietnameseMessage()
    {
        using var factory = Host(("Limits:PermitPerMinutePerIp", "3"));
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/healthz")).StatusCode);
        }

        var refused = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("too_many_requests", body.GetProperty("error").GetString());
        Assert.Contains("quá nhanh", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneChattyUserIsLimitedWithoutBlockingOtherUsers()
    {
        using var factory = Host(("Limits:PermitPerMinutePerUser", "2"));
        using var client = factory.CreateClient();

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostActivityAsync(client, "citizen-a", "xin chào")).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostActivityAsync(client, "citizen-a", "cấp lại hộ chiếu")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostActivityAsync(client, "citizen-a", "lệ phí bao nhiêu")).StatusCode);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostActivityAsync(client, "citizen-b", "xin chào")).StatusCode);
    }

    [Fact]
    public async Task DirectLineConversationIsLimitedByTheConversationInItsRoute()
    {
        using var factory = Host(("Limits:PermitPerMinutePerUser", "2"), ("DirectLine:Secret", Secret));
        using var client = factory.CreateClient();
        var first = await NewConversationAsync(client);
        var second = await NewConversationAsync(client);

        for (var i = 0; i < 2; i++)
        {
            var accepted = await PostDirectLineAsync(client, first, "spoofed-" + i);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, accepted.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostDirectLineAsync(client, first, "another-name")).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostDirectLineAsync(client, second, "citizen")).StatusCode);
    }

    [Fact]
    public async Task PostsWithAForgedTokenDoNotSpendTheCitizensBudgetAndAreCountedAgainstTheirAddress()
    {
        using var factory = Host(("Limits:PermitPerMinutePerUser", "2"), ("Limits:FailedAuthenticationsPerMinutePerIp", "5"), ("DirectLine:Secret", Secret));
        using var client = factory.CreateClient();
        var victim = await NewConversationAsync(client);
        var forged = victim with { Token = victim.Token[..^4] + "AAAA" };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await PostDirectLineAsync(client, forged, "victim")).StatusCode);
        }

        Assert.All(statuses.Take(5), status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.All(statuses.Skip(5), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.OK, (await PostDirectLineAsync(client, victim, "victim")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostDirectLineAsync(client, victim, "victim")).StatusCode);
    }

    [Fact]
    public async Task AUserIdLongerThanASaneLengthIsRefusedRatherThanEscapingThePerUserLimit()
    {
        using var factory = Host();
        using var client = factory.CreateClient();

        var response = await PostActivityAsync(client, new string('u', 300), "xin chào");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("không hợp lệ", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DirectLinePollingCountsOnlyAgainstTheAddressLimit()
    {
        using var factory = Host(("Limits:PermitPerMinutePerUser", "2"));
        using var client = factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/v3/directline/conversations/conv-1/activities?watermark=" + i)).StatusCode);
        }
    }

    [Fact]
    public async Task ZaloWebhookIsLimitedPerSenderNotPerZaloServerAddress()
    {
        using var factory = ZaloHost(("Limits:PermitPerMinutePerIp", "2"), ("Limits:PermitPerMinutePerUser", "2"));
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await PostZaloAsync(client, "zalo-user-a", signed: true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostZaloAsync(client, "zalo-user-a", signed: true)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostZaloAsync(client, "zalo-user-a", signed: true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostZaloAsync(client, "zalo-user-b", signed: true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostZaloAsync(client, "zalo-user-c", signed: true)).StatusCode);
    }

    [Fact]
    public async Task UnsignedZaloEventsNamingACitizenDoNotSpendTheirBudgetAndAreCountedAgainstTheSender()
    {
        using var factory = ZaloHost(("Limits:PermitPerMinutePerUser", "2"), ("Limits:FailedAuthenticationsPerMinutePerIp", "5"));
        using var client = factory.CreateClient();

        var forged = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            forged.Add((await PostZaloAsync(client, "victim42", signed: false)).StatusCode);
        }

        Assert.All(forged.Take(5), status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.All(forged.Skip(5), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.OK, (await PostZaloAsync(client, "victim42", signed: true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostZaloAsync(client, "victim42", signed: true)).StatusCode);
    }

    [Fact]
    public async Task HundredKilobyteMessageGetsAPoliteVietnameseRefusalNotAServerError()
    {
        using var factory = Host();
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", ExpectReplies("citizen-a", new string('a', 100 * 1024)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activities").EnumerateArray());
        Assert.Equal("tooLong", reply.GetProperty("replyKind").GetString());
        Assert.Contains("102.400 ký tự", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("2.000 ký tự", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessageJustOverTheLengthLimitIsRefusedNotCutAndAnswered()
    {
        using var factory = Host(("Limits:MaxMessageLength", "40"));
        using var client = factory.CreateClient();

        var refused = await client.PostAsJsonAsync("/api/messages", ExpectReplies("citizen-a", "đăng ký khai sinh cần giấy tờ gì vậy bạn ơi"));
        var answered = await client.PostAsJsonAsync("/api/messages", ExpectReplies("citizen-a", "đăng ký khai sinh cần giấy tờ gì"));

        Assert.Equal("tooLong", FirstReplyKind(await refused.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.NotEqual("tooLong", FirstReplyKind(await answered.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Fact]
    public async Task BodyOverTheRequestLimitGets413WithAPoliteMessageNotAServerError()
    {
        using var factory = Host();
        using var client = factory.CreateClient();

        var response = await PostActivityAsync(client, "citizen-a", new string('a', 300 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("request_too_large", body.GetProperty("error").GetString());
        Assert.Contains("256 KB", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedBodyWithoutADeclaredLengthIsAlsoRefusedWith413()
    {
        using var factory = Host();
        using var client = factory.CreateClient();
        var payload = Encoding.UTF8.GetBytes($$"""{"type":"message","from":{"id":"u"},"text":"{{new string('b', 300 * 1024)}}"}""");
        using var content = new StreamContent(new UnknownLengthStream(payload));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PagesCarrySecurityHeaders()
    {
        using var factory = Host();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/");

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("microphone=(self)", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredFrameAncestorReplacesTheFramingBan()
    {
        using var factory = Host(("Security:FrameAncestors:0", "https://kiosk.hanoi.gov.vn"));
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Contains("frame-ancestors https://kiosk.hanoi.gov.vn", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task CrossOriginCallsAreAllowedOnlyFromConfiguredOrigins()
    {
        using var configured = Host(("Security:AllowedOrigins:0", "https://dichvucong.hanoi.gov.vn"));
        using var client = configured.CreateClient();

        var allowed = await PreflightAsync(client, "https://dichvucong.hanoi.gov.vn");
        var foreign = await PreflightAsync(client, "https://evil.example");

        Assert.Equal("https://dichvucong.hanoi.gov.vn", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(foreign.Headers.Contains("Access-Control-Allow-Origin"));

        using var unconfigured = Host();
        using var defaultClient = unconfigured.CreateClient();
        Assert.False((await PreflightAsync(defaultClient, "https://dichvucong.hanoi.gov.vn")).Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static WebApplicationFactory<AssistantTelemetry> Host(params (string Key, string Value)[] settings) => TestBotHost.Create(settings);

    private const string Secret = "abuse-tests-secret-0123456789-abcdefghijklmnop";
    private const string ZaloAppId = "360846524940903967";
    private const string ZaloSecretKey = "oa-secret-key";

    /// <summary>The full host with the Zalo channel on; replies go nowhere (nothing listens on port 1).</summary>
    private static WebApplicationFactory<AssistantTelemetry> ZaloHost(params (string Key, string Value)[] settings) =>
        Host([.. settings, ("Zalo:AppId", ZaloAppId), ("Zalo:OaSecretKey", ZaloSecretKey), ("Zalo:AccessToken", "access-1"),
            ("Zalo:ApiBaseUrl", "http://127.0.0.1:1/"), ("Zalo:OAuthBaseUrl", "http://127.0.0.1:1/"),
            ("Zalo:DataPath", Path.Combine(Path.GetTempPath(), "abuse-zalo-" + Guid.NewGuid().ToString("N")))]);

    private static async Task<HttpResponseMessage> PostZaloAsync(HttpClient client, string senderId, bool signed)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = JsonSerializer.Serialize(new
        {
            app_id = ZaloAppId,
            sender = new { id = senderId },
            recipient = new { id = "388613280878808645" },
            event_name = "user_send_text",
            message = new { text = "xin chào", msg_id = Guid.NewGuid().ToString("N") },
            timestamp,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/zalo") { Content = Json(body) };
        var mac = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(ZaloAppId + body + timestamp + ZaloSecretKey));
        request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", "mac=" + (signed ? Convert.ToHexStringLower(mac) : new string('0', 64)));
        return await client.SendAsync(request);
    }

    private sealed record DirectLineConversation(string Id, string Token);

    private static async Task<DirectLineConversation> NewConversationAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Secret);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new DirectLineConversation(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!);
    }

    private static async Task<HttpResponseMessage> PostDirectLineAsync(HttpClient client, DirectLineConversation conversation, string fromId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities")
        {
            Content = Json(JsonSerializer.Serialize(new { type = "message", text = "xin chào", from = new { id = fromId } })),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", conversation.Token);
        return await client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostActivityAsync(HttpClient client, string userId, string text)
    {
        var activity = JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            from = new { id = userId },
            conversation = new { id = "conv-" + userId },
            channelId = "test",
            serviceUrl = "http://localhost/",
        });
        return client.PostAsync("/api/messages", Json(activity));
    }

    private static object ExpectReplies(string userId, string text) => new
    {
        type = "message",
        text,
        from = new { id = userId },
        recipient = new { id = "assistant" },
        conversation = new { id = "conv-" + userId },
        channelId = "webchat",
        serviceUrl = "http://127.0.0.1:1/",
        deliveryMode = "expectReplies",
    };

    private static string? FirstReplyKind(JsonElement body) =>
        body.GetProperty("activities").EnumerateArray().First().GetProperty("replyKind").GetString();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/messages");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        return client.SendAsync(request);
    }

    /// <summary>A body sent chunked: the server only learns its size by reading it.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
