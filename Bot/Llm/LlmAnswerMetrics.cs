using System.Diagnostics.Metrics;

namespace Bot.Llm;

/// <summary>
/// Counts which path answered, as the <c>bot.llm.answers</c> counter (meter <c>Bot.Llm</c>, tag <c>path</c>) for
/// dashboards, and as in-process totals for the benchmark and editors' reports.
/// </summary>
public sealed class LlmAnswerMetrics
{
    public const string MeterName = "Bot.Llm";

    private readonly Counter<long> _answers;
    private readonly long[] _totals = new long[Enum.GetValues<LlmAnswerPath>().Length];

    public LlmAnswerMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _answers = meter.CreateCounter<long>("bot.llm.answers", description: "Turns by the path that produced the answer");
    }

    public void Record(LlmAnswerPath path)
    {
        Interlocked.Increment(ref _totals[(int)path]);
        _answers.Add(1, new KeyValuePair<string, object?>("path", PathTag(path)));
    }

    public IReadOnlyDictionary<LlmAnswerPath, long> Snapshot() =>
        Enum.GetValues<LlmAnswerPath>().ToDictionary(p => p, p => Interlocked.Read(ref _totals[(int)p]));

    public static string PathTag(LlmAnswerPath path) => path switch
    {
        LlmAnswerPath.Llm => "llm",
        LlmAnswerPath.Skipped => "extractive",
        LlmAnswerPath.Timeout => "fallback_timeout",
        LlmAnswerPath.HttpError => "fallback_http_error",
        LlmAnswerPath.Error => "fallback_error",
        LlmAnswerPath.EmptyOutput => "fallback_empty",
        LlmAnswerPath.Ungrounded => "fallback_ungrounded",
        LlmAnswerPath.Declined => "fallback_declined",
        _ => "unknown",
    };
}
