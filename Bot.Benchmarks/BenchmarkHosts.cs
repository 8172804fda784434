using System.Net;
using Bot.Hosting;
using KnowledgeBase;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Bot.Benchmarks;

/// <summary>The three hosts compared in one run, each on Kestrel at 127.0.0.1 on a free port.</summary>
internal static class BenchmarkHosts
{
    /// <summary>Our bot exactly as Program.cs wires it, on the real index over the repository's content.</summary>
    public static async Task<RunningHost> StartAssistantAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var builder = CreateBuilder(settings);
        builder.AddKnowledgeBase();
        builder.AddBot();
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

        return await StartAsync("assistant", app, cancellationToken);
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
