using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Bot.Channels.Zalo;

public sealed class ZaloWebhookTests
{
    private const string User = "246845883529197922";

    [Fact]
    public async Task SignedTextEventIsAnsweredThroughOaApiWithRecipientAndText()
    {
        var bot = new TestAssistantBot();
        await using var host = await ZaloTestHost.StartAsync(bot);

        var response = await host.PostSignedAsync(ZaloEvents.Text(User, "msg-1", "Làm hộ chiếu ở đâu?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await Eventually.TrueAsync(() => !host.Api.Delivered.IsEmpty), "no reply reached the Zalo API");
        var sent = Assert.Single(host.Api.Delivered);
        Assert.Equal(User, sent.UserId);
        Assert.Equal("Bạn hỏi: Làm hộ chiếu ở đâu?", sent.Text);
        Assert.Equal("access-1", sent.AccessToken);

        var activity = Assert.Single(bot.Seen);
        Assert.Equal("zalo", activity.ChannelId);
        Assert.Equal(User, activity.From.Id);
        Assert.Equal(User, activity.Conversation.Id);
        Assert.Equal(ZaloEvents.OaId, activity.Recipient.Id);
    }

    [Fact]
    public async Task SignedEventsTooOldOrFromTheFutureAreRefusedAsReplays()
    {
        var bot = new TestAssistantBot();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1764120000000));
        await using var host = await ZaloTestHost.StartAsync(
            bot,
            new Dictionary<string, string?> { ["Zalo:MaxEventAge"] = "01:00:00" },
            services: s => s.AddSingleton<TimeProvider>(clock));
        var twoYearsAgo = (1764120000000 - (long)TimeSpan.FromDays(730).TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var tenYearsAhead = (1764120000000 + (long)TimeSpan.FromDays(3650).TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var old = await host.PostSignedAsync(ZaloEvents.Text(User, "msg-old", "xin chào", timestamp: twoYearsAgo), twoYearsAgo);
        var future = await host.PostSignedAsync(ZaloEvents.Text(User, "msg-future", "xin chào", timestamp: tenYearsAhead), tenYearsAhead);
        var fresh = await host.PostSignedAsync(ZaloEvents.Text(User, "msg-fresh", "xin chào"));

        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, future.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.True(await Eventually.TrueAsync(() => bot.Seen.Count == 1), "only the fresh event is answered");
    }

    [Fact]
    public async Task AnEventRedeliveredAfterARestartWithoutRedisIsNotAnsweredTwice()
    {
        var bot = new TestAssistantBot();
        var dataPath = Path.Combine(Path.GetTempPath(), "zalo-restart-" + Guid.NewGuid().ToString("N"));
        var overrides = new Dictionary<string, string?> { ["Zalo:DataPath"] = dataPath };
        var body = ZaloEvents.Text(User, "msg-before-restart", "xin chào");
        try
        {
            await using (var before = await ZaloTestHost.StartAsync(bot, overrides))
            {
                Assert.Equal(HttpStatusCode.OK, (await before.PostSignedAsync(body)).StatusCode);
                Assert.True(await Eventually.TrueAsync(() => bot.Seen.Count == 1), "the event is answered once before the restart");
            }

            await using var after = await ZaloTestHost.StartAsync(bot, overrides);
            Assert.Equal(HttpStatusCode.OK, (await after.PostSignedAsync(body)).StatusCode);
            await after.AnswerSentinelAsync(User);

            Assert.Single(bot.Seen, activity => activity.AsMessageActivity()?.Text == "xin chào");
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task MissingSignatureIsRejectedWith401AndNothingIsAnswered()
    {
        var bot = new TestAssistantBot();
        await using var host = await ZaloTestHost.StartAsync(bot);

        var rejected = await host.PostAsync(ZaloEvents.Text(User, "msg-unsigned", "xin chào"), signature: null);
        await host.AnswerSentinelAsync(User);

        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        Assert.Equal(["Bạn hỏi: sentinel"], host.Api.Delivered.Select(m => m.Text));
        Assert.DoesNotContain(bot.Seen, a => a.Id == "msg-unsigned");
        Assert.Contains(host.Logs.GetSnapshot(), l => l.Level == LogLevel.Warning && l.Message.Contains("no X-ZEvent-Signature header"));
    }

    [Fact]
    public async Task WrongSignatureIsRejectedWith401AndNothingIsAnswered()
    {
        var bot = new TestAssistantBot();
        await using var host = await ZaloTestHost.StartAsync(bot);
        var body = ZaloEvents.Text(User, "msg-forged", "xin chào");
        var signedForOtherBody = ZaloTestHost.Sign(ZaloEvents.Text(User, "msg-forged", "khác"), "1764120000000");

        var forged = await host.PostAsync(body, signedForOtherBody);
        var garbage = await host.PostAsync(body, "mac=not-hex");
        await host.AnswerSentinelAsync(User);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        Assert.Equal(["Bạn hỏi: sentinel"], host.Api.Delivered.Select(m => m.Text));
        Assert.Contains(host.Logs.GetSnapshot(), l => l.Level == LogLevel.Warning && l.Message.Contains("invalid signature"));
    }

    [Fact]
    public async Task RedeliveredMessageIdIsAnsweredOnlyOnce()
    {
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot());
        var body = ZaloEvents.Text(User, "msg-dup", "Thủ tục khai sinh");

        var first = await host.PostSignedAsync(body);
        var second = await host.PostSignedAsync(body);
        var third = await host.PostSignedAsync(ZaloEvents.Text(User, "msg-dup", "Thủ tục khai sinh", timestamp: "1764120009999"), "1764120009999");
        await host.AnswerSentinelAsync(User);

        Assert.All(new[] { first, second, third }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(["Bạn hỏi: Thủ tục khai sinh", "Bạn hỏi: sentinel"], host.Api.Delivered.Select(m => m.Text));
    }

    [Fact]
    public async Task LongAnswerArrivesAsSeveralMessagesSplitBetweenSentences()
    {
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot());

        await host.PostSignedAsync(ZaloEvents.Text(User, "msg-long", "dài"));
        var expectedLength = TestAssistantBot.LongAnswer.Length;
        Assert.True(await Eventually.TrueAsync(() => host.Api.Delivered.Sum(m => m.Text.Length) >= expectedLength - 10), "long answer incomplete");

        var parts = host.Api.Delivered.Select(m => m.Text).ToList();
        Assert.InRange(parts.Count, 3, 5);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.All(parts, p => Assert.EndsWith("nộp.", p, StringComparison.Ordinal));
        Assert.All(parts, p => Assert.StartsWith("Câu số ", p, StringComparison.Ordinal));
        Assert.Equal(TestAssistantBot.LongAnswer, string.Join(' ', parts));
    }

    [Fact]
    public async Task ConfiguredMessageLengthBoundsEveryPartAndNoTextIsLost()
    {
        await using var host = await ZaloTestHost.StartAsync(
            new TestAssistantBot(), new Dictionary<string, string?> { ["Zalo:MaxMessageLength"] = "300" });

        await host.PostSignedAsync(ZaloEvents.Text(User, "msg-limit", "dài"));
        await host.AnswerSentinelAsync(User);

        var parts = host.Api.Delivered.Select(m => m.Text).Where(t => t != "Bạn hỏi: sentinel").ToList();
        Assert.True(parts.Count >= TestAssistantBot.LongAnswer.Length / 300, $"only {parts.Count} messages");
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 300));
        Assert.Equal(TestAssistantBot.LongAnswer, string.Join(' ', parts));
    }

    [Fact]
    public async Task MarkdownAnswerArrivesAsPlainText()
    {
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot());

        await host.PostSignedAsync(ZaloEvents.Text(User, "msg-md", "markdown"));

        Assert.True(await Eventually.TrueAsync(() => !host.Api.Delivered.IsEmpty));
        Assert.Equal(
            "Lệ phí: xem Cổng dịch vụ công: https://dichvucong.gov.vn.\n\n• Tờ khai\n• Ảnh 4x6",
            Assert.Single(host.Api.Delivered).Text);
    }

    [Fact]
    public async Task ExpiredAccessTokenIsRefreshedStoredAndTheReplyStillArrives()
    {
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot());
        host.Api.ValidAccessToken = "access-issued-later";

        // The configured token is now rejected with -216; the refresh token is still valid.
        await host.PostSignedAsync(ZaloEvents.Text(User, "msg-exp", "xin chào"));

        Assert.True(await Eventually.TrueAsync(() => !host.Api.Delivered.IsEmpty), "reply not delivered after refresh");
        var sent = Assert.Single(host.Api.Delivered);
        Assert.Equal("access-2", sent.AccessToken);
        Assert.Equal("Bạn hỏi: xin chào", sent.Text);

        var refresh = Assert.Single(host.Api.Refreshes);
        Assert.Equal("refresh-1", refresh["refresh_token"]);
        Assert.Equal(ZaloEvents.AppId, refresh["app_id"]);
        Assert.Equal("refresh_token", refresh["grant_type"]);
        Assert.Equal(FakeZaloApi.AppSecret, refresh["secret_key"]);

        using var stored = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(host.DataPath, "zalo-tokens.json")));
        Assert.Equal("access-2", stored.RootElement.GetProperty("accessToken").GetString());
        Assert.Equal("refresh-2", stored.RootElement.GetProperty("refreshToken").GetString());
        Assert.Equal(["delivered-events.log", "zalo-tokens.json"], Directory.GetFiles(host.DataPath).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task WithOnlyARefreshTokenConfiguredTheFirstReplyRefreshesFirst()
    {
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot(), new Dictionary<string, string?> { ["Zalo:AccessToken"] = "" });

        await host.PostSignedAsync(ZaloEvents.Text(User, "msg-first", "xin chào"));

        Assert.True(await Eventually.TrueAsync(() => !host.Api.Delivered.IsEmpty));
        Assert.Equal("access-2", Assert.Single(host.Api.Delivered).AccessToken);
        Assert.Single(host.Api.Refreshes);
        Assert.Equal(["access-2"], host.Api.MessageCalls);
    }

    [Theory]
    [InlineData("refresh-1", "access-7")]
    [InlineData("refresh-0", "access-1")]
    public async Task StoredTokensAreUsedAfterRestartUnlessTheConfiguredRefreshTokenChanged(string storedSeed, string expectedToken)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "zalo-restart-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        try
        {
            await File.WriteAllTextAsync(
                Path.Combine(dataPath, "zalo-tokens.json"),
                $$"""{"accessToken":"access-7","refreshToken":"refresh-7","seedRefreshToken":"{{storedSeed}}"}""");
            await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot(), new Dictionary<string, string?> { ["Zalo:DataPath"] = dataPath });
            host.Api.ValidAccessToken = expectedToken;

            await host.PostSignedAsync(ZaloEvents.Text(User, "msg-restart", "xin chào"));

            Assert.True(await Eventually.TrueAsync(() => !host.Api.Delivered.IsEmpty));
            Assert.Equal(expectedToken, Assert.Single(host.Api.Delivered).AccessToken);
            Assert.Empty(host.Api.Refreshes);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task ZaloApiDownIsRetriedThenLoggedAsErrorWhileWebhookAnswered200()
    {
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot());
        host.Api.FailingCalls = int.MaxValue;

        var response = await host.PostSignedAsync(ZaloEvents.Text(User, "msg-down", "xin chào"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(
            await Eventually.TrueAsync(() => host.Logs.GetSnapshot().Any(l => l.Level == LogLevel.Error && l.Message.Contains("msg-down"))),
            "the lost reply was not logged as an error");
        var error = host.Logs.GetSnapshot().Single(l => l.Level == LogLevel.Error);
        Assert.Contains(User, error.Message);
        Assert.Contains("3 attempt", error.Message);
        Assert.Equal(3, host.Api.MessageCalls.Count);
        Assert.Equal(2, host.Logs.GetSnapshot().Count(l => l.Level == LogLevel.Warning && l.Message.Contains("retrying")));
        Assert.Empty(host.Api.Delivered);
    }

    [Fact]
    public async Task ApiFailingTwiceIsRetriedAndTheReplyArrivesOnce()
    {
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot());
        host.Api.FailingCalls = 2;

        await host.PostSignedAsync(ZaloEvents.Text(User, "msg-flaky", "xin chào"));

        Assert.True(await Eventually.TrueAsync(() => !host.Api.Delivered.IsEmpty), "reply not delivered after retries");
        Assert.Equal("Bạn hỏi: xin chào", Assert.Single(host.Api.Delivered).Text);
        Assert.Equal(3, host.Api.MessageCalls.Count);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), l => l.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task ImageMessageGetsTheVietnamesePromptToTypeTheQuestion()
    {
        var bot = new TestAssistantBot();
        await using var host = await ZaloTestHost.StartAsync(bot);

        await host.PostSignedAsync(ZaloEvents.Image(User, "msg-img"));

        Assert.True(await Eventually.TrueAsync(() => !host.Api.Delivered.IsEmpty));
        var sent = Assert.Single(host.Api.Delivered);
        Assert.Equal(User, sent.UserId);
        Assert.Contains("nhập câu hỏi", sent.Text);
        Assert.Empty(bot.Seen);
    }

    [Fact]
    public async Task FailingBotTurnIsLoggedAndTheCitizenGetsAnApology()
    {
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot());

        await host.PostSignedAsync(ZaloEvents.Text(User, "msg-crash", "lỗi"));

        Assert.True(await Eventually.TrueAsync(() => !host.Api.Delivered.IsEmpty));
        Assert.Contains("thử lại sau", Assert.Single(host.Api.Delivered).Text);
        var error = Assert.Single(host.Logs.GetSnapshot(), l => l.Level == LogLevel.Error);
        Assert.Contains(User, error.Message);
        Assert.Contains("msg-crash", error.Message);
    }

    [Fact]
    public async Task FollowEventGetsTheBotsWelcome()
    {
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot());

        await host.PostSignedAsync(ZaloEvents.Follow(User));

        Assert.True(await Eventually.TrueAsync(() => !host.Api.Delivered.IsEmpty));
        Assert.Equal(new SentMessage(User, TestAssistantBot.Welcome, "access-1"), Assert.Single(host.Api.Delivered));
    }

    [Fact]
    public async Task NumberReplyChoosesTheOfferedSuggestedAction()
    {
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot());

        await host.PostSignedAsync(ZaloEvents.Text(User, "msg-offer", "gợi ý"));
        Assert.True(await Eventually.TrueAsync(() => !host.Api.Delivered.IsEmpty));
        await host.PostSignedAsync(ZaloEvents.Text(User, "msg-pick", " 2 "));
        await host.PostSignedAsync(ZaloEvents.Text(User, "msg-later", "2"));

        Assert.True(await Eventually.TrueAsync(() => host.Api.Delivered.Count >= 3));
        var texts = host.Api.Delivered.Select(m => m.Text).ToList();
        Assert.Equal("Bạn muốn hỏi thủ tục nào?\n\nBạn có thể trả lời bằng số tương ứng:\n1. Cấp lại hộ chiếu\n2. Đăng ký khai sinh", texts[0]);
        Assert.Equal("Bạn hỏi: Đăng ký khai sinh", texts[1]);

        // The list answers only the next message: a later "2" is just text.
        Assert.Equal("Bạn hỏi: 2", texts[2]);
    }

    [Fact]
    public async Task OversizedBodyIsRefusedAndNotProcessed()
    {
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot());
        var body = ZaloEvents.Text(User, "msg-big", new string('a', 70_000));

        var response = await host.PostSignedAsync(body);
        await host.AnswerSentinelAsync(User);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["Bạn hỏi: sentinel"], host.Api.Delivered.Select(m => m.Text));
    }

    [Fact]
    public async Task MalformedJsonWithSignatureIsRefusedWith400()
    {
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot());

        var response = await host.PostAsync("{not json", ZaloTestHost.Sign("{not json", "1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAppIdAndSecretTheWebhookDoesNotExist()
    {
        await using var host = await ZaloTestHost.StartAsync(new TestAssistantBot(), enableZalo: false);

        var response = await host.PostSignedAsync(ZaloEvents.Text(User, "msg-off", "xin chào"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(host.Services.GetService(typeof(global::Bot.Channels.Zalo.ZaloAdapter)));
    }

    [Fact]
    public async Task WebhookAnswersBeforeTheBotHasFinished()
    {
        var bot = new BlockingBot();
        await using var host = await ZaloTestHost.StartAsync(bot);

        var response = await host.PostSignedAsync(ZaloEvents.Text(User, "msg-slow", "xin chào"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await Eventually.TrueAsync(() => bot.Started.Task.IsCompleted), "bot never started");
        Assert.Empty(host.Api.Delivered);
        bot.Release.SetResult();
        Assert.True(await Eventually.TrueAsync(() => !host.Api.Delivered.IsEmpty), "reply not sent after the bot finished");
    }

    [Fact]
    public async Task BotMiddlewareRegisteredInDependencyInjectionRunsOnZaloTurns()
    {
        var middleware = new RecordingMiddleware();
        await using var host = await ZaloTestHost.StartAsync(
            new TestAssistantBot(), services: s => s.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(middleware));

        await host.PostSignedAsync(ZaloEvents.Text(User, "msg-mw", "xin chào"));

        Assert.True(await Eventually.TrueAsync(() => !host.Api.Delivered.IsEmpty));
        Assert.Equal(["msg-mw"], middleware.ActivityIds);
    }
}
