using Bot.Hosting;
using Bot.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine;

public static class DirectLineExtensions
{
    /// <summary>Registers the self-hosted Direct Line endpoint: options, tokens, the memory store (unless another is registered) and the in-process adapter.</summary>
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DirectLineOptions>()
            .Bind(builder.Configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IDirectLineStore, MemoryDirectLineStore>();
        builder.Services.AddSingleton<DirectLineSecret>();
        builder.Services.AddSingleton<DirectLineTokenService>();
        builder.Services.AddTurnErrorHandler();
        builder.Services.AddSingleton<DirectLineAdapter>();
        builder.Services.AddSingleton<DirectLineTurnRunner>();
        builder.Services.AddSingleton<DirectLineConversations>();
        builder.Services.AddSingleton<IChatSenderVerifier, DirectLineSenderVerifier>();
        return builder;
    }

    /// <summary>Maps the Direct Line 3.0 routes under <c>/v3/directline</c>, with WebSockets for the stream.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = options.KeepAliveInterval });
        app.MapDirectLineRoutes();
        return app;
    }
}
