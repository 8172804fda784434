using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bot.Tests.Bot.Support;
using global::Bot.Observability;

namespace Bot.Tests.Bot.Conversation;

/// <summary>The bot records one <c>assistant.turns</c> measurement per citizen message, with its answer path and outcome.</summary>
public sealed class TurnMetricsTests : IDisposable
{
    private readonly BotHarness _harness = new();
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public TurnMetricsTests()
    {
        // Meters are process-wide by name; listen only to the instruments of this harness's meter factory.
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == AssistantTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, _harness.MeterFactory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _measurements.Enqueue(new(instrument.Name, value, Tags(tags))));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => _measurements.Enqueue(new(instrument.Name, value, Tags(tags))));
        _listener.Start();
    }

    public void Dispose()
    {
        _listener.Dispose();
        _harness.Dispose();
    }

    [Fact]
    public async Task EachMessageIsCountedOnceWithItsAnswerPathAndOutcome()
    {
        await _harness.Flow()
            .Send("đăng ký khai sinh cần giấy tờ gì").AssertReply(_ => { })
            .Send("thẻ căn cước bị hỏng thì làm thế nào").AssertReply(_ => { })
            .Send("thủ tục cấp phép nuôi chim cảnh").AssertReply(_ => { })
            .Send("giá vàng hôm nay bao nhiêu").AssertReply(_ => { })
            .Send("xin chào").AssertReply(_ => { })
            .Send(new string('a', 5000)).AssertReply(_ => { })
            .StartTestAsync();

        var turns = Of("assistant.turns");
        Assert.Equal(6, turns.Count);
        Assert.All(turns, t => Assert.Equal("webchat", t.Tags["channel"]));
        Assert.Equal(
            ["answered/extractive", "clarify/none", "no_match/none", "out_of_scope/none", "conversational/none", "refused/none"],
            turns.Select(t => $"{t.Tags["outcome"]}/{t.Tags["answer_path"]}"));
        Assert.Equal(6, Of("assistant.turn.duration").Count);
        Assert.All(Of("assistant.turn.duration"), d => Assert.InRange(d.Value, 0, 60));
        Assert.Single(Of("assistant.no_match"));
    }

    [Fact]
    public async Task FeedbackOnAnAnswerIsCountedWithItsVote()
    {
        await _harness.Flow()
            .Send("đăng ký khai sinh cần giấy tờ gì").AssertReply(_ => { })
            .Send("Hữu ích").AssertReply(_ => { })
            .Send("đăng ký kết hôn cần giấy tờ gì").AssertReply(_ => { })
            .Send("Chưa hữu ích").AssertReply(_ => { })
            .Send("Chưa hữu ích").AssertReply(_ => { })
            .StartTestAsync();

        var votes = Of("assistant.feedback");
        Assert.Equal(["helpful", "unhelpful"], votes.Select(v => v.Tags["vote"]));
        Assert.All(votes, v => Assert.Equal(1, v.Value));
    }

    [Fact]
    public void ChannelIdsChosenByClientsBecomeOneTagValue()
    {
        Assert.Equal("webchat", AssistantTelemetry.ChannelTag("webchat"));
        Assert.Equal("zalo", AssistantTelemetry.ChannelTag("zalo"));
        Assert.Equal("other", AssistantTelemetry.ChannelTag("x-" + Guid.NewGuid()));
        Assert.Equal("other", AssistantTelemetry.ChannelTag(null));
    }

    private List<Measurement> Of(string instrument) => _measurements.Where(m => m.Instrument == instrument).ToList();

    private static Dictionary<string, string?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in tags)
        {
            map[key] = value?.ToString();
        }

        return map;
    }

    private sealed record Measurement(string Instrument, double Value, Dictionary<string, string?> Tags);
}
