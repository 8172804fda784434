using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Indexer.Terminal;
using Spectre.Console;
using KnowledgeBase.Content;
using KnowledgeBase.Editing;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Indexing;

namespace Indexer.Commands;

/// <summary><c>build</c>: content → new index build, published atomically; content errors keep the previous build.</summary>
internal sealed class BuildCommand : IIndexerCommand
{
    public Command Create(Func<ParseResult, IndexerContext> context)
    {
        var skipRegressions = new Option<bool>("--skip-regressions")
        {
            Description = $"Emergencies only: publish even when cases in content/{RegressionCase.FileName} fail (they are not run)",
        };
        var command = new Command(
            "build",
            $"Build the index from content and switch to it atomically; content errors or a failing case in content/{RegressionCase.FileName} keep the previous index")
        {
            skipRegressions,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(context(parse), parse.GetValue(skipRegressions), cancellationToken)));
        return command;
    }

    private static int Run(IndexerContext context, bool skipRegressions, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<RegressionCase> cases;
        try
        {
            cases = skipRegressions ? [] : RegressionReader.ReadContentFolder(context.ContentPath);
        }
        catch (RegressionFormatException e)
        {
            context.Error.WriteLine($"build failed: {e.Message}; the published index is unchanged");
            return 1;
        }

        var gate = cases.Count > 0 ? new RegressionGate(cases, context.MinimumScore(), context.Options.Search) : null;
        var result = context.Terminal.Progress().Start(display =>
        {
            var stages = new StageProgress(display, context.Interactive);
            var progress = new SynchronousProgress<IndexBuildProgress>(p => stages.Report(p.Stage.ToString(), p.Done, p.Total));
            var builder = new IndexBuilder(context.LoggerFactory.CreateLogger<IndexBuilder>())
            {
                CheckBeforePublishing = gate is null ? null : gate.Check,
                // The same number of builds the editors' workspace keeps, so a build from here leaves their rollback intact.
                KeepBuilds = (context.Configuration.GetSection(EditingOptions.SectionName).Get<EditingOptions>() ?? new EditingOptions()).KeepBuilds,
            };
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
        if (gate?.Report is { } regressions)
        {
            context.Out.WriteLine($"Regression cases: all {regressions.Passed} pass");
        }
        else if (skipRegressions)
        {
            context.Out.WriteLine("Regression cases: skipped (--skip-regressions)");
        }

        context.Out.WriteLine($"Published {manifest.Version} in {context.IndexPath}");
        return 0;
    }
}
