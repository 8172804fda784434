using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Indexer.Terminal;
using Spectre.Console;
using KnowledgeBase.Content;
using KnowledgeBase.Indexing;

namespace Indexer.Commands;

/// <summary><c>build</c>: content → new index build, published atomically; content errors keep the previous build.</summary>
internal sealed class BuildCommand : IIndexerCommand
{
    public Command Create(Func<ParseResult, IndexerContext> context)
    {
        var command = new Command("build", "Build the index from content and switch to it atomically; content errors keep the previous index");
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(context(parse), cancellationToken)));
        return command;
    }

    private static int Run(IndexerContext context, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = context.Terminal.Progress().Start(display =>
        {
            var stages = new StageProgress(display, context.Interactive);
            var progress = new SynchronousProgress<IndexBuildProgress>(p => stages.Report(p.Stage.ToString(), p.Done, p.Total));
            var builder = new IndexBuilder(context.LoggerFactory.CreateLogger<IndexBuilder>());
            var built = builder.Build(context.ContentPath, context.IndexPath, progress, cancellationToken);
            stages.CompleteAll();
            return built;
        });

        foreach (var diagnostic in result.Diagnostics.OrderBy(d => d.Severity == DiagnosticSeverity.Error ? 0 : 1).Take(50))
        {
            context.Error.WriteLine(diagnostic.ToString());
        }

        if (result.Diagnostics.Count > 50)
        {
            context.Error.WriteLine($"... and {result.Diagnostics.Count - 50} more");
        }

        if (!result.Succeeded)
        {
            context.Error.WriteLine($"build failed: {result.Error}");
            return 1;
        }

        var manifest = result.Manifest!;
        context.Out.WriteLine(
            $"Indexed {manifest.ProcedureCount} procedures ({result.WarningCount} warnings, {manifest.SynonymRules} synonym rules) " +
            $"in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        context.Out.WriteLine($"Published {manifest.Version} in {context.IndexPath}");
        return 0;
    }
}
