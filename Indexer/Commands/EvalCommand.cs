using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Assistant.CommandLine;
using KnowledgeBase.Content;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Search;

namespace Indexer.Commands;

/// <summary>Builds the production search over the given content for one evaluation run; disposed afterwards when disposable.</summary>
internal delegate IProcedureSearch MainSearchFactory(IndexerContext context, ContentSnapshot content, CancellationToken cancellationToken);

/// <summary>
/// <c>Indexer eval &lt;questions.jsonl&gt;</c>: measures the production search on a retrieval dev set (recall@1/5/10,
/// MRR@10, with and without diacritics), optionally beside a plain BM25 baseline built from the same content.
/// The last line is a JSON object with the main search's figures, for scripts.
/// </summary>
internal sealed class EvalCommand(MainSearchFactory? mainSearchFactory) : IIndexerCommand
{
    public Command Create(Func<ParseResult, IndexerContext> context)
    {
        var questions = new Argument<string>("questions.jsonl") { Description = "The dev set: one JSON object per line with question and gold_codes" };
        var baseline = new Option<bool>("--baseline") { Description = "Also measure a plain BM25 index over the same content, side by side" };
        var k = WholeNumberOption.Create("--k", "Ranking depth", 10, 1, 50);
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List the questions the main search missed at rank 1, and out-of-scope questions with results" };
        var threshold = new Option<float?>("--threshold")
        {
            Description = "Count an out-of-scope question as declined when the top score is below this",
            HelpName = "score",
            CustomParser = ParseScore,
        };
        var command = new Command("eval", "Measure retrieval on a dev set: recall@1/5/10 and MRR@10, with and without diacritics; the last line is JSON")
        {
            questions,
            baseline,
            k,
            verbose,
            threshold,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            context(parse),
            new EvalSettings(parse.GetRequiredValue(questions), parse.GetValue(baseline), parse.GetValue(k), parse.GetValue(verbose), parse.GetValue(threshold)),
            cancellationToken)));
        return command;
    }

    private int Run(IndexerContext context, EvalSettings arguments, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(arguments.QuestionsPath);
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"eval: questions file not found: {path}");
            return 2;
        }

        IReadOnlyList<EvaluationQuestion> questions;
        try
        {
            questions = DevSetReader.ReadFile(path);
        }
        catch (DevSetFormatException e)
        {
            context.Error.WriteLine($"eval: {e.Message}");
            return 2;
        }

        IReadOnlyList<RegressionCase> regressions;
        try
        {
            regressions = RegressionReader.ReadContentFolder(context.ContentPath);
        }
        catch (RegressionFormatException e)
        {
            context.Error.WriteLine($"eval: {e.Message}");
            return 2;
        }

        var content = ContentLoader.Load(context.ContentPath, cancellationToken: cancellationToken);
        if (content.Procedures.Count == 0)
        {
            context.Error.WriteLine($"eval: no procedures could be read from {context.ContentPath}");
            return 1;
        }

        if (content.HasErrors)
        {
            context.Error.WriteLine($"eval: warning: {content.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} content errors; " +
                                    $"measuring the {content.Procedures.Count} procedures that could be read");
        }

        if (mainSearchFactory is null)
        {
            context.Error.WriteLine("eval: the production search is not available in this build");
            return 1;
        }

        var byCode = content.Procedures.ToDictionary(p => p.Code, StringComparer.Ordinal);
        EvalOutput.WriteHeader(context.Out, arguments.QuestionsPath, questions, content.Procedures.Count, arguments.K);

        IProcedureSearch search;
        try
        {
            search = mainSearchFactory(context, content, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            context.Error.WriteLine($"eval: {e.Message}");
            return 1;
        }

        EvaluationReport main;
        RegressionReport? regressionReport = null;
        var topScores = new Dictionary<string, float?>(StringComparer.Ordinal);
        try
        {
            main = EvaluateMain(search, questions, arguments, topScores, cancellationToken);
            if (regressions.Count > 0)
            {
                regressionReport = RegressionCheck.Run(search, regressions, context.MinimumScore(), cancellationToken);
            }
        }
        finally
        {
            (search as IDisposable)?.Dispose();
        }

        EvaluationReport? baseline = null;
        if (arguments.Baseline)
        {
            using var index = new BaselineBm25Index(content.Procedures);
            baseline = RetrievalEvaluator.Evaluate(questions, q => index.Search(q, arguments.K), new EvaluationOptions { K = arguments.K }, cancellationToken);
        }

        EvalOutput.WriteTable(context.Terminal, main, baseline, arguments.K);
        EvalOutput.WriteTopScores(context.Out, questions, topScores);
        if (arguments.Verbose)
        {
            EvalOutput.WriteMisses(context.Out, main, code => byCode.GetValueOrDefault(code));
        }

        if (regressionReport is not null)
        {
            EvalOutput.WriteRegressions(context.Out, regressionReport);
        }

        EvalOutput.WriteJsonLine(context.Out, main.Overall);
        return 0;
    }

    /// <summary>Scores are written with a dot whatever the machine's culture, as in the printed figures.</summary>
    private static float? ParseScore(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && float.IsFinite(score))
        {
            return score;
        }

        result.AddError($"--threshold needs a number, got '{text}'");
        return null;
    }

    private static EvaluationReport EvaluateMain(
        IProcedureSearch search,
        IReadOnlyList<EvaluationQuestion> questions,
        EvalSettings arguments,
        Dictionary<string, float?> topScores,
        CancellationToken cancellationToken)
    {
        // Each question is searched once; its top score is kept for judging out-of-scope questions.
        IReadOnlyList<string> Rank(string question)
        {
            var hits = search.Search(new SearchRequest(question) { MaxResults = arguments.K }, cancellationToken);
            topScores[question] = hits.Count > 0 ? hits[0].Score : null;
            return hits.Select(h => h.Procedure.Code).ToArray();
        }

        var options = new EvaluationOptions
        {
            K = arguments.K,
            TopScore = arguments.Threshold is null ? null : q => topScores.GetValueOrDefault(q),
            ScoreThreshold = arguments.Threshold,
        };
        return RetrievalEvaluator.Evaluate(questions, Rank, options, cancellationToken);
    }
}
