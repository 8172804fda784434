using Microsoft.Extensions.Options;

namespace Bot.Tests.Bot.Channels.Zalo;

public sealed class ZaloOptionsTests
{
    [Theory]
    [InlineData("Zalo:ApiBaseUrl", "openapi.zalo.me", "ApiBaseUrl")]
    [InlineData("Zalo:OAuthBaseUrl", "ftp://oauth.zaloapp.com", "OAuthBaseUrl")]
    [InlineData("Zalo:AppSecret", "", "AppSecret")]
    [InlineData("Zalo:MaxMessageLength", "5000", "MaxMessageLength")]
    public async Task InvalidConfigurationStopsStartupWithTheKeyNamed(string key, string value, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => ZaloTestHost.StartAsync(new TestAssistantBot(), new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task EnabledChannelWithoutAnyTokenStopsStartup()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ZaloTestHost.StartAsync(
            new TestAssistantBot(), new Dictionary<string, string?> { ["Zalo:AccessToken"] = "", ["Zalo:RefreshToken"] = "" }));

        Assert.Contains("AccessToken", error.Message);
    }
}
