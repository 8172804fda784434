using System.ComponentModel.DataAnnotations;

namespace Bot.Observability;

/// <summary>Section <c>Telemetry</c>: which exporters run. Nothing is exported by default.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Serve Prometheus metrics at <see cref="MetricsPath"/> (restrict that path at the ingress: it is not for citizens).</summary>
    public bool Prometheus { get; set; }

    [Required]
    [RegularExpression("^/[A-Za-z0-9_/-]*$")]
    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>OTLP collector endpoint (e.g. <c>http://otel-collector:4317</c>) for metrics and traces; empty disables OTLP.</summary>
    public string? OtlpEndpoint { get; set; }

    [Required]
    public string ServiceName { get; set; } = "assistant-bot";

    public bool IsExporting => Prometheus || !string.IsNullOrWhiteSpace(OtlpEndpoint);
}
