using Bot.Templates;
using Microsoft.Extensions.Options;

namespace Bot.WebPages;

public static class WebPagesExtensions
{
    /// <summary>Registers the pages' options, the token endpoint's rate limiter and the procedure page renderer.</summary>
    public static WebApplicationBuilder AddWebPages(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WebPagesOptions>()
            .Bind(builder.Configuration.GetSection(WebPagesOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<WebChatTokenEndpoint>();
        builder.Services.AddTemplates();
        builder.Services.AddSingleton<ProcedurePageRenderer>();
        return builder;
    }

    /// <summary>Serves <c>/</c> (web chat), <c>/kiosk</c>, <c>/thu-tuc/{code}</c>, the static assets and the pages' small APIs.</summary>
    public static WebApplication MapWebPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles();
        app.MapGet("/", (IWebHostEnvironment env) => Page(env, "index.html"));
        app.MapGet("/kiosk", (IWebHostEnvironment env) => Page(env, "kiosk.html"));
        app.MapGet("/api/kiosk/config", (IOptions<WebPagesOptions> options) =>
            Results.Json(new { idleSeconds = options.Value.KioskIdleSeconds, speech = options.Value.KioskSpeech }));
        WebChatTokenEndpoint.Map(app);
        ProcedurePages.Map(app);
        return app;
    }

    private static IResult Page(IWebHostEnvironment env, string file)
    {
        var info = env.WebRootFileProvider.GetFileInfo(file);
        return info.Exists ? Results.Stream(info.CreateReadStream(), "text/html; charset=utf-8") : Results.NotFound();
    }
}
