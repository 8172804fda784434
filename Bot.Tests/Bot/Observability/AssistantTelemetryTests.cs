using System.Net;
using global::Bot.Observability;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Bot.Observability;

public sealed class AssistantTelemetryTests
{
    [Fact]
    public async Task RecordedTurnsAndFeedbackAppearInPrometheusMetrics()
    {
        using var factory = TestBotHost.Create(("Telemetry:Prometheus", "true"));
        using var client = factory.CreateClient();
        var telemetry = factory.Services.GetRequiredService<AssistantTelemetry>();
        // Meters are process-wide by name, so tag this test's measurements with its own channel.
        var channel = "test-" + Guid.NewGuid().ToString("N")[..8];

        telemetry.RecordTurn(channel, "extractive", TurnOutcome.Answered, TimeSpan.FromMilliseconds(40));
        telemetry.RecordTurn(channel, "none", TurnOutcome.NoMatch, TimeSpan.FromMilliseconds(15));
        telemetry.RecordFeedback(channel, helpful: false);

        var metrics = await client.GetStringAsync("/metrics");

        var turns = MetricLines(metrics, "assistant_turns_total", channel);
        Assert.Contains(turns, line => line.Contains("outcome=\"answered\"", StringComparison.Ordinal) && line.Contains("answer_path=\"extractive\"", StringComparison.Ordinal) && line.EndsWith(" 1", StringComparison.Ordinal));
        Assert.Contains(turns, line => line.Contains("outcome=\"no_match\"", StringComparison.Ordinal) && line.EndsWith(" 1", StringComparison.Ordinal));
        Assert.Contains(MetricLines(metrics, "assistant_no_match_total", channel), line => line.EndsWith(" 1", StringComparison.Ordinal));
        Assert.Contains(MetricLines(metrics, "assistant_feedback_total", channel), line => line.Contains("vote=\"unhelpful\"", StringComparison.Ordinal));
        Assert.NotEmpty(MetricLines(metrics, "assistant_turn_duration_seconds_bucket", channel));
    }

    [Fact]
    public async Task MetricsAreNotServedUnlessConfigured()
    {
        using var factory = TestBotHost.Create();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        Assert.NotNull(factory.Services.GetRequiredService<AssistantTelemetry>());
    }

    private static List<string> MetricLines(string exposition, string metric, string channel) =>
        exposition.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) && line.Contains($"channel=\"{channel}\"", StringComparison.Ordinal))
            .ToList();
}
