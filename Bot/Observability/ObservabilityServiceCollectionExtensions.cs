using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Bot.Observability;

public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AssistantTelemetry"/> always, and OpenTelemetry with the configured exporters
    /// (<c>Telemetry:Prometheus</c>, <c>Telemetry:OtlpEndpoint</c>) only when one is configured.
    /// </summary>
    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelemetryOptions.SectionName);
        builder.Services.AddOptions<TelemetryOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<AssistantTelemetry>();

        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.IsExporting)
        {
            return builder;
        }

        var otlp = string.IsNullOrWhiteSpace(options.OtlpEndpoint) ? null : new Uri(options.OtlpEndpoint);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceInstanceId: Environment.MachineName));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(AssistantTelemetry.Name).AddAspNetCoreInstrumentation();
            if (options.Prometheus)
            {
                metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
            }

            if (otlp is not null)
            {
                metrics.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
            }
        });
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(AssistantTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(exporter => exporter.Endpoint = otlp));
        }

        return builder;
    }

    /// <summary>Maps the Prometheus scraping endpoint when <c>Telemetry:Prometheus</c> is true.</summary>
    public static WebApplication UseObservability(this WebApplication app)
    {
        var options = app.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint(options.MetricsPath);
        }

        return app;
    }
}
