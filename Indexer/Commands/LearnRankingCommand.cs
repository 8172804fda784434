using System.CommandLine;
using System.Globalization;
using Assistant.CommandLine;
using Indexer.Terminal;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Search;
using Spectre.Console;

namespace Indexer.Commands;

/// <summary>
/// <c>Indexer learn-ranking &lt;set.jsonl&gt;…</c>: learns <see cref="LearnedRanking"/>'s weights on question sets with
/// k-fold cross-validation (see <see cref="RankingLearner"/>) and prints, per set, the hand-made ranking's figures, the
/// cross-validated figures (each question re-ranked by weights learned without its fold) and the training figures.
/// <c>--measure</c> sets are only measured (hand-made against learned on everything): a held-out set's totals.
/// <c>--write</c> saves the weights learned on every question as the bundled file the search reads.
/// </summary>
internal sealed class LearnRankingCommand : IIndexerCommand
{
    public Command Create(Func<ParseResult, IndexerContext> context)
    {
        var sets = TrainingSets.SetsArgument();
        var folds = TrainingSets.FoldsOption();
        var depth = WholeNumberOption.Create("--depth", "Hand-made hits the learned ranking re-orders", 30, 2, 30);
        var l2 = new Option<double>("--l2") { Description = "L2 penalty on the weights", DefaultValueFactory = _ => 0.001 };
        var ascent = WholeNumberOption.Create("--ascent-rounds", "Passes of coordinate ascent on the objective after the regression (0: the regression alone)", 0, 0, 10);
        var measure = new Option<string[]>("--measure")
        {
            Description = "Question sets only measured, never learned from (held-out sets: totals only)",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "set.jsonl",
        };
        var drop = new Option<string[]>("--drop")
        {
            Description = "Features to leave out (set to 0 for learning and measuring), to see what each one carries",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "feature",
        };
        drop.AcceptOnlyFromAmong([.. LearnedRanking.FeatureNames]);
        var write = new Option<FileInfo?>("--write") { Description = "Write the weights learned on every question to this file (KnowledgeBase/Search/LearnedRanking.json)" };
        var command = new Command("learn-ranking", "Learn the re-ranking of the top hits on question sets with k-fold cross-validation; prints hand-made, cross-validated and training figures")
        {
            sets,
            folds,
            depth,
            ascent,
            l2,
            measure,
            drop,
            write,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            context(parse),
            parse.GetRequiredValue(sets),
            new LearnSettings(parse.GetValue(folds), parse.GetValue(depth), parse.GetValue(ascent), parse.GetValue(l2), parse.GetValue(measure) ?? [], parse.GetValue(drop) ?? [], parse.GetValue(write)),
            cancellationToken)));
        return command;
    }

    private sealed record LearnSettings(int Folds, int Depth, int AscentRounds, double L2, IReadOnlyList<string> Measure, IReadOnlyList<string> Drop, FileInfo? Write);

    private static int Run(IndexerContext context, string[] paths, LearnSettings settings, CancellationToken cancellationToken)
    {
        if (TrainingSets.Read(context, "learn-ranking", paths) is not { } questions
            || TrainingSets.Read(context, "learn-ranking", settings.Measure) is not { } measured)
        {
            return 2;
        }

        if (TrainingSets.Index(context, "learn-ranking", cancellationToken) is not { } scratch)
        {
            return 1;
        }

        using (scratch)
        {
            var options = context.Options.Search.Copy();
            options.ResultCacheSize = 0;
            using var search = new LuceneProcedureSearch(scratch.IndexPath, options, tuning: SearchTuning.Default with { LearnedRanking = null });
            var dropped = settings.Drop.Select(name => LearnedRanking.FeatureNames.ToList().IndexOf(name)).ToArray();
            LearningQuestion Candidates(TuningQuestion q) => new(q, [.. search.RankingCandidates(q.Question.Question, settings.Depth, cancellationToken).Select(c => Without(c, dropped))]);
            var learning = questions.Select(Candidates).ToArray();
            context.Out.WriteLine($"Learning {LearnedRanking.FeatureNames.Count} weights on {questions.Count} questions " +
                                  $"({string.Join(", ", questions.GroupBy(q => q.Set).Select(g => $"{g.Key}: {g.Count()}"))}), {settings.Folds} folds, top {settings.Depth}");
            var learner = new RankingLearner(learning) { Depth = settings.Depth, AscentRounds = settings.AscentRounds, L2 = settings.L2 };
            var report = learner.Run(settings.Folds, cancellationToken);
            Write(context, report, measured.Select(Candidates).ToArray());
            if (settings.Write is { } file)
            {
                File.WriteAllText(file.FullName, report.Learned.ToJson() + Environment.NewLine);
                context.Out.WriteLine($"Wrote {file.FullName}");
            }

            return 0;
        }
    }

    private static void Write(IndexerContext context, RankingLearningReport report, IReadOnlyList<LearningQuestion> measured)
    {
        static string F(RetrievalMetrics m) => string.Create(CultureInfo.InvariantCulture, $"{m.RecallAt1:0.000} / {m.RecallAt5:0.000} / {m.MrrAt10:0.000}");
        var sets = Cells.Create("R@1 / R@5 / MRR@10 per set")
            .AddColumn("set")
            .AddColumn(new TableColumn("n").RightAligned())
            .AddColumn("hand-made")
            .AddColumn("cross-validated")
            .AddColumn("learned on all (training figure)");
        foreach (var set in report.Sets)
        {
            sets.AddPlainRow(set.Set, set.HandMade.Count.ToString(CultureInfo.InvariantCulture), F(set.HandMade), F(set.CrossValidated), F(set.Trained));
        }

        foreach (var set in measured.GroupBy(q => q.Question.Set, StringComparer.Ordinal))
        {
            var members = set.ToArray();
            sets.AddPlainRow(set.Key + " (measured only)", members.Length.ToString(CultureInfo.InvariantCulture),
                F(RankingLearner.Measure(members, null)), "", F(RankingLearner.Measure(members, report.Learned)));
        }

        context.Terminal.Write(sets);
        var weights = Cells.Create("weights: learned on all, and per fold")
            .AddColumn("feature")
            .AddColumn(new TableColumn("all").RightAligned());
        for (var fold = 0; fold < report.FoldWeights.Count; fold++)
        {
            weights.AddColumn(new TableColumn($"fold {fold}").RightAligned());
        }

        for (var f = 0; f < LearnedRanking.FeatureNames.Count; f++)
        {
            weights.AddPlainRow([LearnedRanking.FeatureNames[f], W(report.Learned.Weights[f]), .. report.FoldWeights.Select(w => W(w[f]))]);
        }

        context.Terminal.Write(weights);
    }

    private static RankingCandidate Without(RankingCandidate candidate, int[] dropped)
    {
        if (dropped.Length == 0)
        {
            return candidate;
        }

        var features = candidate.Features.ToArray();
        foreach (var f in dropped)
        {
            features[f] = 0f;
        }

        return candidate with { Features = features };
    }

    private static string W(float value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
