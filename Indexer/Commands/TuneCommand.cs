using System.CommandLine;
using System.Globalization;
using Assistant.CommandLine;
using Indexer.Terminal;
using KnowledgeBase.Configuration;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Search;
using Spectre.Console;

namespace Indexer.Commands;

/// <summary>
/// <c>Indexer tune &lt;set.jsonl&gt;…</c>: learns the ranking's query-time weights on one or more question sets with
/// k-fold cross-validation (see <see cref="RankingTuner"/>) and prints, per set, the current figures, the
/// cross-validated figures (each question ranked by weights learned without it) and the weights to adopt. It changes
/// nothing: adopting the weights is an edit of <see cref="SearchTuning"/>'s defaults, reviewed like any change.
/// </summary>
internal sealed class TuneCommand : IIndexerCommand
{
    public Command Create(Func<ParseResult, IndexerContext> context)
    {
        var sets = TrainingSets.SetsArgument();
        var folds = TrainingSets.FoldsOption();
        var rounds = WholeNumberOption.Create("--rounds", "Passes of coordinate ascent over the weights", 1, 1, 10);
        var only = new Option<string[]>("--only")
        {
            Description = "Move only these weights (names as in SearchTuning, e.g. MetaWeight); all by default",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "weight",
        };
        only.AcceptOnlyFromAmong([.. TunableWeights.All.Select(w => w.Name)]);
        var command = new Command("tune", "Learn the ranking weights on question sets with k-fold cross-validation; prints current, cross-validated and learned figures")
        {
            sets,
            folds,
            rounds,
            only,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            context(parse),
            parse.GetRequiredValue(sets),
            new TuneSettings(parse.GetValue(folds), parse.GetValue(rounds), parse.GetValue(only) ?? []),
            cancellationToken)));
        return command;
    }

    private static int Run(IndexerContext context, string[] paths, TuneSettings settings, CancellationToken cancellationToken)
    {
        if (TrainingSets.Read(context, "tune", paths) is not { } questions)
        {
            return 2;
        }

        if (TrainingSets.Index(context, "tune", cancellationToken) is not { } scratch)
        {
            return 1;
        }

        using (scratch)
        {
            var options = context.Options.Search.Copy();
            options.ResultCacheSize = 0;
            var tuner = new RankingTuner(questions, (tuning, token) => Measure(scratch.IndexPath, options, tuning, questions, token))
            {
                Rounds = settings.Rounds,
                Weights = settings.Only.Count == 0 ? TunableWeights.All : [.. TunableWeights.All.Where(w => settings.Only.Contains(w.Name))],
                Progress = new SynchronousProgress<int>(n =>
                {
                    if (n % 10 == 0)
                    {
                        context.Error.WriteLine($"tune: {n} settings measured");
                    }
                }),
            };
            context.Out.WriteLine($"Learning {tuner.Weights.Count} weights on {questions.Count} questions " +
                                  $"({string.Join(", ", questions.GroupBy(q => q.Set).Select(g => $"{g.Key}: {g.Count()}"))}), {settings.Folds} folds");
            var report = tuner.Run(settings.Folds, cancellationToken);
            Write(context, report);
            return 0;
        }
    }

    private sealed record TuneSettings(int Folds, int Rounds, IReadOnlyList<string> Only);

    private static int?[] Measure(string folder, SearchOptions options, SearchTuning tuning, List<TuningQuestion> questions, CancellationToken cancellationToken)
    {
        using var search = new LuceneProcedureSearch(folder, options, tuning: tuning);
        var ranks = new int?[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            var hits = search.Search(new SearchRequest(questions[i].Question.Question) { IncludeSnippets = false }, cancellationToken);
            var gold = questions[i].Question.GoldCodes;
            for (var rank = 0; rank < hits.Count; rank++)
            {
                if (gold.Contains(hits[rank].Procedure.Code, StringComparer.Ordinal))
                {
                    ranks[i] = rank + 1;
                    break;
                }
            }
        }

        return ranks;
    }

    private static void Write(IndexerContext context, TuningReport report)
    {
        static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
        var sets = Cells.Create("R@1 / R@5 / MRR@10 per set")
            .AddColumn("set")
            .AddColumn(new TableColumn("n").RightAligned())
            .AddColumn("current weights")
            .AddColumn("cross-validated")
            .AddColumn("learned on all (training figure)");
        foreach (var set in report.Sets)
        {
            sets.AddPlainRow(set.Set, set.Default.Count.ToString(CultureInfo.InvariantCulture),
                $"{F(set.Default.RecallAt1)} / {F(set.Default.RecallAt5)} / {F(set.Default.MrrAt10)}",
                $"{F(set.CrossValidated.RecallAt1)} / {F(set.CrossValidated.RecallAt5)} / {F(set.CrossValidated.MrrAt10)}",
                $"{F(set.Recommended.RecallAt1)} / {F(set.Recommended.RecallAt5)} / {F(set.Recommended.MrrAt10)}");
        }

        context.Terminal.Write(sets);
        var folds = Cells.Create("folds: objective on the fold left out")
            .AddColumn("fold")
            .AddColumn(new TableColumn("n").RightAligned())
            .AddColumn("current")
            .AddColumn("learned")
            .AddColumn("weights learned without it");
        foreach (var fold in report.Folds)
        {
            folds.AddPlainRow(fold.Fold.ToString(CultureInfo.InvariantCulture), fold.TestCount.ToString(CultureInfo.InvariantCulture),
                F(fold.TestObjectiveDefault), F(fold.TestObjectiveLearned), Changed(fold.Learned));
        }

        context.Terminal.Write(folds);
        context.Out.WriteLine($"Settings measured: {report.SettingsMeasured}");
        context.Out.WriteLine($"Learned on all questions: {Changed(report.Recommended)}");
    }

    /// <summary>Only the weights that differ from the current defaults, as "Name a → b".</summary>
    private static string Changed(SearchTuning tuning)
    {
        var changes = TunableWeights.All
            .Where(w => w.Get(tuning) != w.Get(SearchTuning.Default))
            .Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Name} {w.Get(SearchTuning.Default):0.###} → {w.Get(tuning):0.###}"))
            .ToArray();
        return changes.Length == 0 ? "(unchanged)" : string.Join("; ", changes);
    }
}
