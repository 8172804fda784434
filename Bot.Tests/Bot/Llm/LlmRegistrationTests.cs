using Bot.Answers;
using Bot.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Bot.Tests.Bot.Llm;

public sealed class LlmRegistrationTests
{
    /// <summary>Stands in for the bot's default, which answers nothing and keeps the extractive path.</summary>
    private sealed class DisabledAnswerer : ILlmAnswerer
    {
        public bool IsEnabled => false;

        public Task<LlmAnswer?> TryAnswerAsync(LlmAnswerRequest request, CancellationToken cancellationToken) =>
            Task.FromResult<LlmAnswer?>(null);
    }

    [Fact]
    public void WithoutAnEndpointNothingIsRegisteredAndTheBotDefaultStays()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Llm:Model"] = "gpt-4o-mini" });
        builder.Services.TryAddSingleton<ILlmAnswerer, DisabledAnswerer>();
        var before = builder.Services.Count;

        builder.AddLlm();

        Assert.Equal(before, builder.Services.Count);
        using var host = builder.Build();
        Assert.IsType<DisabledAnswerer>(host.Services.GetRequiredService<ILlmAnswerer>());
        Assert.Null(host.Services.GetService<Kernel>());
    }

    [Fact]
    public async Task ConfiguredEndpointReplacesTheBotDefault()
    {
        await using var host = await LlmTestHost.StartAsync(
            new Dictionary<string, string?> { ["Llm:Endpoint"] = "http://127.0.0.1:9/v1", ["Llm:Model"] = "m" },
            services => services.TryAddSingleton<ILlmAnswerer, DisabledAnswerer>());

        var answerer = host.Answerer;

        Assert.IsType<LlmAnswerer>(answerer);
        Assert.True(answerer.IsEnabled);
        Assert.Single(host.Services.GetServices<ILlmAnswerer>());
    }

    [Fact]
    public async Task EnabledFalseSwitchesTheLlmOffWithoutCallingIt()
    {
        await using var server = await FakeChatServer.StartAsync();
        await using var host = await LlmTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = server.Endpoint,
            ["Llm:Model"] = "m",
            ["Llm:Enabled"] = "false",
        });

        Assert.False(host.Answerer.IsEnabled);
        Assert.Null(await host.Answerer.TryAnswerAsync(LlmFixtures.Request("Đổi căn cước?"), CancellationToken.None));
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("not a url", "m", "Llm:Endpoint must be an absolute http(s) URL")]
    [InlineData("ftp://example.org/v1", "m", "Llm:Endpoint must be an absolute http(s) URL")]
    [InlineData("http://127.0.0.1:9/v1", "", "Model")]
    [InlineData("http://127.0.0.1:9/", "m", "Llm:ApiKey is required when Llm:Provider is AzureOpenAI", "AzureOpenAI")]
    public async Task InvalidSettingsStopTheAppAtStartupWithAClearMessage(string endpoint, string model, string message, string provider = "OpenAI")
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LlmTestHost.StartAsync(
            new Dictionary<string, string?> { ["Llm:Endpoint"] = endpoint, ["Llm:Model"] = model, ["Llm:Provider"] = provider }));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task TimeoutOutOfRangeIsRejectedAtStartup()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LlmTestHost.StartAsync(
            new Dictionary<string, string?> { ["Llm:Endpoint"] = "http://127.0.0.1:9/v1", ["Llm:Model"] = "m", ["Llm:TimeoutSeconds"] = "0" }));

        Assert.Contains("TimeoutSeconds", error.Message);
    }

    [Fact]
    public async Task AzureOpenAiProviderCallsTheDeploymentPath()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Reply = "Lệ phí là 50.000 đồng [1.014064].";
        await using var host = await LlmTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "AzureOpenAI",
            ["Llm:Endpoint"] = server.BaseUri.ToString(),
            ["Llm:Model"] = "my-deployment",
            ["Llm:ApiKey"] = "azure-key",
        });

        var answer = await host.Answerer.TryAnswerAsync(LlmFixtures.Request("Lệ phí?"), CancellationToken.None);

        Assert.NotNull(answer);
        Assert.StartsWith("/openai/deployments/my-deployment/chat/completions", Assert.Single(server.Requests).Path);
    }
}
