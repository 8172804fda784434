using System.Net;
using Bot.Tests.Bot.Hosting;

namespace Bot.Tests.Bot.WebPages;

public sealed class WebChatTokenRateLimitTests : IClassFixture<WebChatTokenRateLimitTests.LimitedHost>
{
    private readonly HttpClient _http;

    public WebChatTokenRateLimitTests(LimitedHost host) => _http = host.CreateHttpClient();

    [Fact]
    public async Task OneClientCannotOpenConversationsWithoutLimit()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await _http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    public sealed class LimitedHost : KestrelBotHostFactory
    {
        public LimitedHost() => With("WebPages:TokenRequestsPerMinute", "3");
    }
}
