using Microsoft.Extensions.Logging;
using System.Diagnostics;
using Indexer.Terminal;
using KnowledgeBase.Content;
using KnowledgeBase.Indexing;

namespace Indexer.Commands;

/// <summary><c>build</c>: content → new index build, published atomically; content errors keep the previous build.</summary>
internal sealed class BuildCommand : IIndexerCommand
{
    public string Name => "build";

    public string Summary => "build    Build the index from content and switch to it atomically";

    public Task<int> RunAsync(IndexerContext context, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            context.Error.WriteLine($"build takes no arguments, got '{args[0]}'");
            return Task.FromResult(2);
        }

        var stopwatch = Stopwatch.StartNew();
        IndexBuildResult result;
        using (var bar = new ProgressBar(context.Out, context.Interactive))
        {
            var progress = new SynchronousProgress<IndexBuildProgress>(p => bar.Report(p.Stage.ToString(), p.Done, p.Total));
            var builder = new IndexBuilder(context.LoggerFactory.CreateLogger<IndexBuilder>());
            result = builder.Build(context.ContentPath, context.IndexPath, progress, cancellationToken);
        }

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
            return Task.FromResult(1);
        }

        var manifest = result.Manifest!;
        context.Out.WriteLine(
            $"Indexed {manifest.ProcedureCount} procedures ({result.WarningCount} warnings, {manifest.SynonymRules} synonym rules) " +
            $"in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        context.Out.WriteLine($"Published {manifest.Version} in {context.IndexPath}");
        return Task.FromResult(0);
    }
}
