using System.Net;
using System.Text;

namespace Bot.Tests.Bot.Security;

/// <summary>Over real Kestrel on 127.0.0.1, where the client address is the loopback "proxy".</summary>
public sealed class ForwardedClientAddressTests
{
    [Fact]
    public async Task BehindATrustedProxyEachCitizenAddressHasItsOwnLimit()
    {
        using var factory = TestBotHost.Create(("Limits:PermitPerMinutePerIp", "2"), ("Security:TrustedProxies:0", "127.0.0.1"));
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        using var client = factory.CreateClient();

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await GetAsCitizenAsync(client, "203.0.113.5")).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await GetAsCitizenAsync(client, "203.0.113.5")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsCitizenAsync(client, "203.0.113.5")).StatusCode);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await GetAsCitizenAsync(client, "203.0.113.6")).StatusCode);
    }

    [Fact]
    public async Task WithoutATrustedProxyAForgedForwardedAddressDoesNotEscapeTheLimit()
    {
        using var factory = TestBotHost.Create(("Limits:PermitPerMinutePerIp", "2"));
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        using var client = factory.CreateClient();

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await GetAsCitizenAsync(client, "198.51.100.1")).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await GetAsCitizenAsync(client, "198.51.100.2")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsCitizenAsync(client, "198.51.100.3")).StatusCode);
    }

    [Fact]
    public async Task OversizedChunkedBodyOverKestrelGets413NotAServerError()
    {
        using var factory = TestBotHost.Create();
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        using var client = factory.CreateClient();
        var payload = Encoding.UTF8.GetBytes($$"""{"type":"message","from":{"id":"u"},"text":"{{new string('c', 400 * 1024)}}"}""");
        using var content = new StreamContent(new MemoryStream(payload));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static Task<HttpResponseMessage> GetAsCitizenAsync(HttpClient client, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Add("X-Forwarded-For", address);
        return client.SendAsync(request);
    }
}
