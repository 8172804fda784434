using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bot.Tests.Bot.Support;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Bot.Hosting;

public sealed class MessagesEndpointTests : IDisposable
{
    // Scores on the 16-procedure fixture are a fraction of the catalogue's, so its minimum score is off here.
    private readonly BotHostFactory _factory = new(new() { ["KnowledgeBase:Matching:MinimumScore"] = "0" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task FeeQuestionPostedWithExpectRepliesIsAnsweredInTheResponseBody()
    {
        using var client = _factory.CreateClient();

        var replies = await ActivityPost.SendAsync(client, ActivityPost.Message("Đăng ký thường trú hết bao nhiêu tiền?", "c-fee"));

        var reply = Assert.Single(replies);
        Assert.Equal("message", reply.Property("type"));
        Assert.Equal("1.004222", reply.Property("procedureCode"));
        Assert.Equal("Fee", reply.Property("aspect"));
        Assert.Equal("extractive", reply.Property("answerPath"));
        Assert.Contains("trực tiếp **20.000 đồng**", reply.Text());
        Assert.Contains("Mã thủ tục: 1.004222", reply.Text());
        Assert.False(string.IsNullOrEmpty(reply.Property("speak")));
    }

    [Fact]
    public async Task FollowUpInTheSameConversationKeepsTheProcedureAcrossRequests()
    {
        using var client = _factory.CreateClient();

        var first = await ActivityPost.SendAsync(client, ActivityPost.Message("đăng ký khai sinh cần giấy tờ gì", "c-follow"));
        var second = await ActivityPost.SendAsync(client, ActivityPost.Message("nộp online được không?", "c-follow"));
        var other = await ActivityPost.SendAsync(client, ActivityPost.Message("nộp online được không?", "c-other"));

        Assert.Equal("1.001193", first[0].Property("procedureCode"));
        Assert.Equal("Documents", first[0].Property("aspect"));
        Assert.Equal("1.001193", second[0].Property("procedureCode"));
        Assert.Equal("Online", second[0].Property("aspect"));
        Assert.Contains("nộp trực tuyến", second[0].Text());
        Assert.Null(other[0].Property("procedureCode"));
        Assert.Contains("thủ tục nào", other[0].Text());
    }

    [Fact]
    public async Task ClarificationChoicesCarryCodesAndPlainTextChannelsGetNoMarkdown()
    {
        using var client = _factory.CreateClient();

        var replies = await ActivityPost.SendAsync(client, ActivityPost.Message("thẻ căn cước bị hỏng thì làm thế nào", "c-sms", channelId: "sms"));

        var reply = Assert.Single(replies);
        Assert.Equal("clarification", reply.Property("replyKind"));
        Assert.DoesNotContain("**", reply.Text());
        var actions = reply.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().ToList();
        Assert.InRange(actions.Count, 2, 3);
        Assert.All(actions, a => Assert.Matches(@"^\d\.\d{6}$", a.GetProperty("value").GetString()!));
    }

    [Fact]
    public async Task ReadinessWaitsForTheWarmUpWhileLivenessAnswersAtOnce()
    {
        using var client = _factory.CreateClient();

        using var live = await client.GetAsync("/livez");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        // The warm-up runs a few real turns in the background; readiness turns 200 once they are done.
        HttpResponseMessage? ready = null;
        for (var attempt = 0; attempt < 300 && ready?.StatusCode != HttpStatusCode.OK; attempt++)
        {
            ready?.Dispose();
            ready = await client.GetAsync("/healthz");
            if (ready.StatusCode != HttpStatusCode.OK)
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
                await Task.Delay(100);
            }
        }

        using (ready)
        {
            using var body = JsonDocument.Parse(await ready!.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
            Assert.True(body.RootElement.GetProperty("indexLoaded").GetBoolean());
            Assert.Equal(BotFixtures.Search.Info!.ProcedureCount, body.RootElement.GetProperty("index").GetProperty("procedureCount").GetInt32());
        }
    }

    [Fact]
    public async Task MalformedAndOversizedRequestsAreRefusedWithoutAStackTrace()
    {
        using var client = _factory.CreateClient();

        using var malformed = await client.PostAsync("/api/messages", new StringContent("{\"type\": \"message\", \"text\": ", Encoding.UTF8, "application/json"));
        var huge = ActivityPost.Message(new string('a', 300_000), "c-huge");
        using var oversized = await client.PostAsJsonAsync("/api/messages", huge);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
        Assert.DoesNotContain("Exception", await malformed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WithAnAppIdConfiguredUnauthenticatedRequestsAreRejected()
    {
        using var secured = new BotHostFactory(new() { ["MicrosoftAppId"] = "7f1b0e3c-0000-4000-8000-000000000001", ["MicrosoftAppPassword"] = "not-used" });
        using var client = secured.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/messages", ActivityPost.Message("xin chào", "c-auth"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AFailingTurnGetsAPoliteVietnameseApologyAndNoInternals()
    {
        using var broken = new BotHostFactory(configure: b => b.ConfigureTestServices(s => s.AddSingleton<IProcedureSearch, FailingSearch>()));
        using var client = broken.CreateClient();

        var replies = await ActivityPost.SendAsync(client, ActivityPost.Message("lệ phí đăng ký thường trú", "c-broken"));

        var reply = Assert.Single(replies);
        Assert.Contains("Xin lỗi, hệ thống đang gặp sự cố", reply.Text());
        Assert.DoesNotContain("Exception", reply.Text());
        Assert.DoesNotContain("   at ", reply.Text());
    }

    private sealed class FailingSearch : IProcedureSearch
    {
        public bool IsLoaded => true;

        public IndexInfo? Info => null;

        public IReadOnlyList<SearchHit> Search(SearchRequest request, CancellationToken cancellationToken = default) =>
            throw new IOException("index file vanished");

        public Procedure? GetByCode(string code) => null;
    }
}
