using System.Net;
using System.Text.RegularExpressions;
using Bot.Hosting;
using Bot.Llm;
using Bot.Tests.Bot.Llm;
using KnowledgeBase;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Bot.Benchmarks;

/// <summary>The three hosts compared in one run, each on Kestrel at 127.0.0.1 on a free port.</summary>
internal static partial class BenchmarkHosts
{
    /// <summary>Our bot exactly as Program.cs wires it, on the real index over the repository's content.</summary>
    public static async Task<RunningHost> StartAssistantAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var builder = CreateBuilder(settings);
        builder.AddKnowledgeBase();
        builder.AddBot();
        builder.AddLlm();
        var app = builder.Build();
        var built = app.EnsureIndex(cancellationToken);
        if (built is { Succeeded: false })
        {
            throw new InvalidOperationException($"index build failed: {built.Error}");
        }

        app.MapBot();
        return await StartAsync("assistant", app, cancellationToken);
    }

    /// <summary>
    /// The tests' OpenAI-compatible fake model, answering instantly, citing the first source code labelled in its prompt
    /// and stating no figures, so the groundedness guard lets it through: what remains of an LLM turn is our own cost.
    /// </summary>
    public static async Task<FakeChatServer> StartFakeModelAsync()
    {
        var model = await FakeChatServer.StartAsync(keepRequests: false);
        // Read from the raw request, as parsing a long prompt would count as our own cost.
        model.Respond = request => $"Bạn chuẩn bị hồ sơ như hướng dẫn ở trên [{SourceCode().Match(request.RawBody).Groups[1].Value}].";
        return model;
    }

    /// <summary>
    /// The whole assistant exactly as Program.cs runs it (Bot Framework endpoint, Direct Line, limits, Redis when
    /// configured), logging errors to the console so failed turns are visible.
    /// </summary>
    public static async Task<RunningHost> StartFullAssistantAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var builder = CreateBuilder(settings);
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Error);
        builder.AddAssistant();
        var app = builder.Build();
        var built = app.UseAssistant();
        if (built is { Succeeded: false })
        {
            throw new InvalidOperationException($"index build failed: {built.Error}");
        }

        var host = await StartAsync("assistant", app, cancellationToken);

        // As a load balancer does: traffic only once readiness (/healthz) says ready, i.e. after the warm-up.
        var warmUp = app.Services.GetRequiredService<Bot.Hosting.WarmUp.WarmUpState>();
        while (!warmUp.IsWarm)
        {
            await Task.Delay(50, cancellationToken);
        }

        Console.WriteLine($"ready after a warm-up of {warmUp.Took?.TotalMilliseconds:F0} ms");
        return host;
    }

    /// <summary>An echo bot on the same CloudAdapter and authentication: the framework's own cost per turn.</summary>
    public static async Task<RunningHost> StartEchoAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var builder = CreateBuilder(settings);
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(sp.GetRequiredService<IConfiguration>()));
        // Constructed explicitly: with IHttpClientFactory registered, CloudAdapter's constructors are ambiguous to DI.
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
            new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot, EchoBot>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted));
        return await StartAsync("echo", app, cancellationToken);
    }

    /// <summary>A bare minimal-API endpoint that reads the request and returns one reply: the web stack's cost.</summary>
    public static async Task<RunningHost> StartBareAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var app = CreateBuilder(settings).Build();
        var reply = """{"activities":[{"type":"message","text":"Xin chào!"}]}"""u8.ToArray();
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            // Read the whole body as a real endpoint would before answering.
            using var sink = new MemoryStream();
            await context.Request.Body.CopyToAsync(sink, context.RequestAborted);
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(reply, context.RequestAborted);
        });
        return await StartAsync("bare", app, cancellationToken);
    }

    private static WebApplicationBuilder CreateBuilder(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        // Loopback load from this process: the anonymous /api/messages a production host refuses is what is measured.
        builder.Configuration.AddInMemoryCollection([new("Bot:AllowAnonymousMessages", "true")]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        return builder;
    }

    private static async Task<RunningHost> StartAsync(string name, WebApplication app, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningHost(name, app, new Uri(address));
    }

    // Sources are labelled "Mã thủ tục: [code]" (Bot/Llm/Prompts); the instructions' example code must not be cited.
    [GeneratedRegex(@"Mã thủ tục: \[(\d\.\d{6})\]", RegexOptions.CultureInvariant)]
    private static partial Regex SourceCode();

    private sealed class EchoBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + turnContext.Activity.Text), cancellationToken);
    }
}

internal sealed record RunningHost(string Name, WebApplication App, Uri BaseAddress) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
