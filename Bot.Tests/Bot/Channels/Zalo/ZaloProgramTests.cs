using System.Net;
using System.Text;
using global::Bot.Channels.Zalo;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Tests.Bot.Channels.Zalo;

/// <summary>Program.cs itself, through WebApplicationFactory (any Bot type names the entry assembly; Indexer also has a Program).</summary>
public sealed class ZaloProgramTests
{
    [Fact]
    public async Task ProgramMapsTheWebhookWhenZaloIsConfigured()
    {
        await using var factory = new WebApplicationFactory<ZaloOptions>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Zalo:AppId", ZaloEvents.AppId);
            web.UseSetting("Zalo:OaSecretKey", ZaloEvents.SecretKey);
            web.UseSetting("Zalo:AccessToken", "access-1");
        });
        using var client = factory.CreateClient();

        using var content = new StringContent(ZaloEvents.Text("1", "m", "xin chào"), Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/api/zalo", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ProgramHasNoWebhookWhenZaloIsNotConfigured()
    {
        await using var factory = new WebApplicationFactory<ZaloOptions>();
        using var client = factory.CreateClient();

        using var content = new StringContent("{}", Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/api/zalo", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
