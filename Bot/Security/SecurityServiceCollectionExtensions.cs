using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>Rate limits, body and message size limits, security headers and CORS (sections <c>Limits</c> and <c>Security</c>).</summary>
    public static IHostApplicationBuilder AddAbusePolicies(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LimitsOptions>()
            .Bind(builder.Configuration.GetSection(LimitsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SecurityOptions>()
            .Bind(builder.Configuration.GetSection(SecurityOptions.SectionName))
            .Validate(TrustedProxies.AllValid, "Security:TrustedProxies must hold IP addresses or networks such as 10.0.0.0/8.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<SecurityOptions>>((forwarded, security) => TrustedProxies.Configure(forwarded, security.Value));

        // Options are read when first needed, not here, so settings added late (tests, hosting) still apply.
        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<LimitsOptions>>((kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<LimitsOptions>, IServiceProvider>((rateLimiter, limits, provider) =>
                AbuseRateLimiting.Configure(rateLimiter, limits.Value, shared: provider.GetService<IRateLimitCounter>() is not null));
        services.AddCors();
        services.AddOptions<CorsOptions>()
            .Configure<IOptions<SecurityOptions>>((cors, security) => cors.AddDefaultPolicy(policy =>
            {
                if (security.Value.AllowedOrigins.Length > 0)
                {
                    policy.WithOrigins(security.Value.AllowedOrigins).AllowAnyHeader().WithMethods("GET", "POST");
                }
            }));

        services.TryAddSingleton<MessageLengthGuard>();
        return builder;
    }

    /// <summary>Call first after <c>Build()</c>, so every endpoint (and every 404) is covered.</summary>
    public static IApplicationBuilder UseAbusePolicies(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<SecurityOptions>>().Value.TrustedProxies.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCors();
        app.UseMiddleware<RequestGuardMiddleware>();
        if (app.ApplicationServices.GetService<IRateLimitCounter>() is not null)
        {
            // Several instances (Redis): counters shared, so the limits hold for the whole deployment.
            app.UseMiddleware<SharedRateLimitMiddleware>();
        }
        else
        {
            app.UseRateLimiter();
        }
        return app;
    }
}
