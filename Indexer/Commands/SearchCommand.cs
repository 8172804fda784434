using System.CommandLine;
using System.Diagnostics;
using Assistant.CommandLine;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using Microsoft.Extensions.Logging;

namespace Indexer.Commands;

/// <summary><c>search "&lt;query&gt;"</c>: ranked results from the published index, for editors checking wording and synonyms.</summary>
internal sealed class SearchCommand : IIndexerCommand
{
    public Command Create(Func<ParseResult, IndexerContext> context)
    {
        var query = new Argument<string[]>("query")
        {
            Description = "What a citizen would type; several words without quotes are joined",
            Arity = ArgumentArity.OneOrMore,
        };
        var level = new Option<string?>("--level") { Description = "Only procedures at this level, e.g. \"Cấp xã\"" };
        var field = new Option<string?>("--field") { Description = "Only procedures in this field (lĩnh vực)" };
        var count = WholeNumberOption.Create("-n", "How many results to show", 10, 1, 100);
        var command = new Command("search", "Search the published index")
        {
            query,
            level,
            field,
            count,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            context(parse),
            new SearchRequest(string.Join(' ', parse.GetRequiredValue(query)))
            {
                MaxResults = parse.GetValue(count),
                Level = parse.GetValue(level),
                Field = parse.GetValue(field),
            },
            cancellationToken)));
        return command;
    }

    private static int Run(IndexerContext context, SearchRequest request, CancellationToken cancellationToken)
    {
        using var search = new LuceneProcedureSearch(context.IndexPath, context.Options.Search, context.LoggerFactory.CreateLogger<LuceneProcedureSearch>());
        if (!search.IsLoaded)
        {
            context.Error.WriteLine($"no index in {context.IndexPath}; run 'build' first");
            return 1;
        }

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
        return 0;
    }
}
