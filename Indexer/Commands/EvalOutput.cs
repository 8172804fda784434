using System.Globalization;
using System.Text.Json;
using Indexer.Terminal;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Procedures;
using Spectre.Console;

namespace Indexer.Commands;

/// <summary>Prints evaluation reports: a table (main search, optionally the baseline beside it), misses, and a final JSON line.</summary>
internal static class EvalOutput
{
    private static readonly string[] MetricNames = ["R@1", "R@5", "R@10", "MRR@10"];

    // Candidate minimum scores for answering (Bot:MinimumMatchScore), with what each would decline.
    private static readonly int[] ThresholdSteps = [60, 80, 100, 120, 140];

    public static void WriteHeader(TextWriter output, string devSetPath, IReadOnlyList<EvaluationQuestion> questions, int procedureCount, int k)
    {
        var answerable = questions.Where(q => !q.IsOutOfScope).ToList();
        var accented = answerable.Count(q => q.HasDiacritics);
        output.WriteLine($"Dev set: {devSetPath}: {questions.Count} questions, {answerable.Count} answerable " +
                         $"({accented} with diacritics, {answerable.Count - accented} without), {questions.Count - answerable.Count} out of scope");
        output.WriteLine($"Content: {procedureCount} procedures; ranking depth k={k}");
        output.WriteLine();
    }

    /// <summary>
    /// One row per subset; the main search's figures, then (with <c>--baseline</c>) the baseline's under headers marked
    /// "BM25", so the two can be read across.
    /// </summary>
    public static void WriteTable(IAnsiConsole terminal, EvaluationReport main, EvaluationReport? baseline, int k)
    {
        var extra = k is 1 or 5 or 10 ? null : $"R@{k}";
        string[] names = extra is null ? [.. MetricNames] : [.. MetricNames, extra];
        var table = Cells.Create("main search" + (baseline is null ? "" : " | plain BM25 baseline"))
            .AddColumn("subset")
            .AddColumn(new TableColumn("n").RightAligned());
        foreach (var name in names)
        {
            table.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
        }

        if (baseline is not null)
        {
            foreach (var name in names)
            {
                table.AddColumn(new TableColumn(Markup.Escape("BM25 " + name)).RightAligned());
            }
        }

        AddRow(table, "all", main.Overall, baseline?.Overall, extra is not null);
        AddRow(table, "with diacritics", main.WithDiacritics, baseline?.WithDiacritics, extra is not null);
        AddRow(table, "no diacritics", main.WithoutDiacritics, baseline?.WithoutDiacritics, extra is not null);
        AddRow(table, "same, stripped", main.StrippedOfDiacritics, baseline?.StrippedOfDiacritics, extra is not null);
        table.Caption = new TableTitle("same, stripped: the questions with diacritics searched again as typed without them");
        terminal.Write(table);
        terminal.WriteLine();
        terminal.WriteLine($"Out of scope: main search found nothing convincing for {Rejected(main.OutOfScope)}" +
                           (baseline is null ? "" : $"; baseline for {Rejected(baseline.OutOfScope)}"));
    }

    /// <summary>
    /// Where the main search's top scores fall for answerable and out-of-scope questions, so a "nothing convincing"
    /// threshold (<c>--threshold</c>) can be chosen from evidence.
    /// </summary>
    public static void WriteTopScores(TextWriter output, IReadOnlyList<EvaluationQuestion> questions, IReadOnlyDictionary<string, float?> topScores)
    {
        float[] Scores(bool outOfScope) => questions
            .Where(q => q.IsOutOfScope == outOfScope)
            .Select(q => topScores.GetValueOrDefault(q.Question))
            .OfType<float>()
            .Order()
            .ToArray();

        var answerable = Scores(outOfScope: false);
        var outOfScope = Scores(outOfScope: true);
        if (answerable.Length == 0 || outOfScope.Length == 0)
        {
            return;
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Top score of the main search: answerable median {Quantile(answerable, 0.5):0.00} (10th percentile {Quantile(answerable, 0.1):0.00}); " +
            $"out of scope median {Quantile(outOfScope, 0.5):0.00} (max {outOfScope[^1]:0.00})"));
        output.WriteLine("What a minimum score would cost: " + string.Join("; ", ThresholdSteps.Select(t =>
            $"below {t}: {answerable.Count(s => s < t)} answerable, {outOfScope.Count(s => s < t)} out of scope")));
    }

    public static void WriteMisses(TextWriter output, EvaluationReport report, Func<string, Procedure?> lookup)
    {
        var misses = report.Outcomes.Where(o => !o.Question.IsOutOfScope && o.FirstHitRank != 1).ToList();
        output.WriteLine();
        output.WriteLine($"Main search: {misses.Count} answerable questions without a gold code at rank 1");
        foreach (var miss in misses)
        {
            var where = miss.FirstHitRank is { } rank ? $"gold at rank {rank}" : $"gold not in top {report.Overall.KValue}";
            output.WriteLine($"- line {miss.Question.Line}: {miss.Question.Question}  ({where})");
            output.WriteLine($"    gold: {Describe(miss.Question.GoldCodes, lookup)}");
            output.WriteLine($"    top3: {Describe(miss.RankedCodes.Take(3).ToList(), lookup)}");
        }

        var answered = report.Outcomes.Where(o => o.Question.IsOutOfScope && o.RankedCodes.Count > 0).ToList();
        output.WriteLine();
        output.WriteLine($"Main search: {answered.Count} out-of-scope questions with results");
        foreach (var outcome in answered)
        {
            output.WriteLine($"- line {outcome.Question.Line}: {outcome.Question.Question}");
            output.WriteLine($"    top3: {Describe(outcome.RankedCodes.Take(3).ToList(), lookup)}");
        }
    }

    /// <summary>The last line of the command: one JSON object scripts can parse.</summary>
    /// <summary>The content's regression cases: how many pass, then each failure on its own line.</summary>
    public static void WriteRegressions(TextWriter output, RegressionReport report)
    {
        output.WriteLine($"Regression cases ({RegressionCase.FileName}): {report.Passed} of {report.Outcomes.Count} pass, {report.Failures.Count} fail");
        foreach (var failure in report.Failures)
        {
            output.WriteLine("  " + failure.Describe());
        }
    }

    public static void WriteJsonLine(TextWriter output, RetrievalMetrics metrics)
    {
        var figures = new Dictionary<string, object>
        {
            ["n"] = metrics.Count,
            ["recall_at_1"] = Math.Round(metrics.RecallAt1, 4),
            ["recall_at_5"] = Math.Round(metrics.RecallAt5, 4),
            ["recall_at_10"] = Math.Round(metrics.RecallAt10, 4),
            ["mrr_at_10"] = Math.Round(metrics.MrrAt10, 4),
        };
        output.WriteLine(JsonSerializer.Serialize(figures));
    }

    private static void AddRow(Table table, string label, RetrievalMetrics main, RetrievalMetrics? baseline, bool extra) =>
        table.AddPlainRow([label, main.Count.ToString(CultureInfo.InvariantCulture), .. Figures(main, extra), .. baseline is null ? [] : Figures(baseline, extra)]);

    private static IEnumerable<string> Figures(RetrievalMetrics m, bool extra)
    {
        double[] values = extra ? [m.RecallAt1, m.RecallAt5, m.RecallAt10, m.MrrAt10, m.RecallAtK] : [m.RecallAt1, m.RecallAt5, m.RecallAt10, m.MrrAt10];
        return values.Select(v => v.ToString("0.000", CultureInfo.InvariantCulture));
    }

    private static float Quantile(float[] sorted, double q) => sorted[(int)Math.Round(q * (sorted.Length - 1))];

    private static string Rejected(OutOfScopeSummary summary) =>
        $"{summary.Rejected} of {summary.Count}" +
        (summary.ScoreThreshold is { } t ? string.Create(CultureInfo.InvariantCulture, $" (no result or top score < {t})") : " (no result)");

    private static string Describe(IReadOnlyList<string> codes, Func<string, Procedure?> lookup) =>
        codes.Count == 0
            ? "(none)"
            : string.Join("; ", codes.Select(c => lookup(c) is { } p ? $"{c} {Shorten(p.Name)}" : $"{c} (not in content)"));

    private static string Shorten(string name) => name.Length <= 70 ? name : name[..67] + "...";
}
