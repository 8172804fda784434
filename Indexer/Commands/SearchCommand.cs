using Microsoft.Extensions.Logging;
using System.Diagnostics;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Indexer.Commands;

/// <summary><c>search "&lt;query&gt;"</c>: ranked results from the published index, for editors checking wording and synonyms.</summary>
internal sealed class SearchCommand : IIndexerCommand
{
    public string Name => "search";

    public string Summary => "search   \"<query>\" [--level X] [--field Y] [-n 10]  Search the published index";

    public Task<int> RunAsync(IndexerContext context, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var parsed = CommandArguments.Parse(args, "--level", "--field", "-n");
        if (parsed.Error is null && parsed.Positional.Count == 0)
        {
            context.Error.WriteLine("usage: search \"<query>\" [--level X] [--field Y] [-n 10]");
            return Task.FromResult(2);
        }

        if (parsed.Error is not null || !parsed.TryGetInt("-n", 10, 1, 100, out var count))
        {
            context.Error.WriteLine(parsed.Error);
            return Task.FromResult(2);
        }

        using var search = new LuceneProcedureSearch(context.IndexPath, context.Options.Search, context.LoggerFactory.CreateLogger<LuceneProcedureSearch>());
        if (!search.IsLoaded)
        {
            context.Error.WriteLine($"no index in {context.IndexPath}; run 'build' first");
            return Task.FromResult(1);
        }

        var request = new SearchRequest(string.Join(' ', parsed.Positional))
        {
            MaxResults = count,
            Level = parsed.Get("--level"),
            Field = parsed.Get("--field"),
        };
        var stopwatch = Stopwatch.StartNew();
        var hits = search.Search(request, cancellationToken);
        stopwatch.Stop();
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var section = hit.BestSection is { } kind ? SectionHeadings.HeadingOf(kind) : "(no section matched)";
            context.Out.WriteLine($"{i + 1,2}. {hit.Procedure.Code}  {hit.Procedure.Name}");
            context.Out.WriteLine($"    {hit.Procedure.LevelText} | {hit.Procedure.Field} | score {hit.Score:0.00} | {section}");
            if (hit.Snippet.Length > 0)
            {
                context.Out.WriteLine($"    {hit.Snippet}");
            }
        }

        context.Out.WriteLine($"{hits.Count} result(s) in {stopwatch.Elapsed.TotalMilliseconds:0.00} ms from index {search.Info?.Version}");
        return Task.FromResult(0);
    }
}
