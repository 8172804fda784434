using System.Net;
using Bot.Tests.Bot.LiveHost;

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

    [Fact]
    public async Task ManyAddressesOfOneNetworkShareOneLimitAndAreToldInVietnameseWhenToComeBack()
    {
        using var factory = TestBotHost.Create(
            ("Security:TrustedProxies:0", "127.0.0.1"),
            ("WebPages:TokenRequestsPerMinute", "100"),
            ("WebPages:TokenRequestsPerMinutePerNetwork", "3"));
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            using var response = await RequestTokenAsync(client, "203.0.113." + i);
            statuses.Add(response.StatusCode);
        }

        using var refused = await RequestTokenAsync(client, "203.0.113.200");
        using var otherNetwork = await RequestTokenAsync(client, "198.51.100.7");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
        var body = System.Text.Json.Nodes.JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Contains("giây", (string?)body["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherNetwork.StatusCode);
    }

    private static async Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        request.Headers.Add("X-Forwarded-For", address);
        return await client.SendAsync(request);
    }

    public sealed class LimitedHost : LiveBotHost
    {
        public LimitedHost() => With("WebPages:TokenRequestsPerMinute", "3");
    }
}
