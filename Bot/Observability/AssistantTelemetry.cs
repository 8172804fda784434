using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bot.Observability;

/// <summary>
/// The bot's own traces and metrics, named <c>Assistant.Bot</c>. Always registered and cheap when nobody listens;
/// exporters are added only when configured (<see cref="TelemetryOptions"/>).
/// Typical use at the turn boundary:
/// <code>
/// using var activity = telemetry.StartTurn(channel);
/// var started = Stopwatch.GetTimestamp();
/// ... answer ...
/// telemetry.RecordTurn(channel, "extractive", TurnOutcome.Answered, Stopwatch.GetElapsedTime(started));
/// </code>
/// Tag values must come from small fixed sets (channel ids, answer paths), never from user text.
/// </summary>
public sealed class AssistantTelemetry : IDisposable
{
    public const string Name = "Assistant.Bot";

    private static readonly HashSet<string> KnownChannels = new(StringComparer.Ordinal)
    {
        "webchat", "directline", "zalo", "msteams", "emulator", "test", "telegram", "facebook", "slack", "sms",
    };

    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _noMatch;
    private readonly Counter<long> _feedback;

    public AssistantTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        _turns = _meter.CreateCounter<long>("assistant.turns", "{turn}", "Citizen messages answered, by channel, answer path and outcome.");
        _turnDuration = _meter.CreateHistogram<double>(
            "assistant.turn.duration",
            "s",
            "Time from receiving a message to sending the reply.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _noMatch = _meter.CreateCounter<long>("assistant.no_match", "{turn}", "Turns where nothing in the catalogue matched.");
        _feedback = _meter.CreateCounter<long>("assistant.feedback", "{vote}", "Citizen feedback on answers: helpful or unhelpful.");
    }

    public ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>Starts the trace span of one turn; null when no tracer listens.</summary>
    public Activity? StartTurn(string channel)
    {
        var activity = ActivitySource.StartActivity("bot.turn", ActivityKind.Internal);
        activity?.SetTag("assistant.channel", channel);
        return activity;
    }

    /// <summary>Records a finished turn. <paramref name="answerPath"/> names how the answer was made, e.g. "extractive", "llm", "card", "none".</summary>
    public void RecordTurn(string channel, string answerPath, TurnOutcome outcome, TimeSpan duration)
    {
        var tags = new TagList
        {
            { "channel", channel },
            { "answer_path", answerPath },
            { "outcome", OutcomeTag(outcome) },
        };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalSeconds, tags);
        if (outcome == TurnOutcome.NoMatch)
        {
            _noMatch.Add(1, new KeyValuePair<string, object?>("channel", channel));
        }

        if (Activity.Current is { } activity && activity.Source == ActivitySource)
        {
            activity.SetTag("assistant.answer_path", answerPath);
            activity.SetTag("assistant.outcome", OutcomeTag(outcome));
            if (outcome == TurnOutcome.Error)
            {
                activity.SetStatus(ActivityStatusCode.Error);
            }
        }
    }

    /// <summary>The channel tag for a Bot Framework channel id: known ids as they are, anything else (client-chosen) as "other".</summary>
    public static string ChannelTag(string? channelId) =>
        channelId is not null && KnownChannels.Contains(channelId) ? channelId : "other";

    public void RecordFeedback(string channel, bool helpful) =>
        _feedback.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("vote", helpful ? "helpful" : "unhelpful"));

    public static string OutcomeTag(TurnOutcome outcome) => outcome switch
    {
        TurnOutcome.Answered => "answered",
        TurnOutcome.Clarify => "clarify",
        TurnOutcome.NoMatch => "no_match",
        TurnOutcome.OutOfScope => "out_of_scope",
        TurnOutcome.Error => "error",
        TurnOutcome.Conversational => "conversational",
        TurnOutcome.Refused => "refused",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public void Dispose()
    {
        ActivitySource.Dispose();
        _meter.Dispose();
    }
}
