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
    public string Name => "eval";

    public string Summary => EvalArguments.Usage;

    public Task<int> RunAsync(IndexerContext context, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!EvalArguments.TryParse(args, out var arguments, out var error))
        {
            context.Error.WriteLine($"eval: {error}");
            context.Error.WriteLine($"usage: Indexer {EvalArguments.Usage}");
            return Task.FromResult(2);
        }

        return Task.FromResult(Run(context, arguments!, cancellationToken));
    }

    private int Run(IndexerContext context, EvalArguments arguments, CancellationToken cancellationToken)
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
        try
        {
            main = EvaluateMain(search, questions, arguments, cancellationToken);
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

        EvalOutput.WriteTable(context.Out, main, baseline, arguments.K);
        if (arguments.Verbose)
        {
            EvalOutput.WriteMisses(context.Out, main, code => byCode.GetValueOrDefault(code));
        }

        EvalOutput.WriteJsonLine(context.Out, main.Overall);
        return 0;
    }

    private static EvaluationReport EvaluateMain(
        IProcedureSearch search, IReadOnlyList<EvaluationQuestion> questions, EvalArguments arguments, CancellationToken cancellationToken)
    {
        // Each question is searched once; its top score is kept for judging out-of-scope questions.
        var topScores = new Dictionary<string, float?>(StringComparer.Ordinal);
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
