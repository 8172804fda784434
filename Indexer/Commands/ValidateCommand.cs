using System.CommandLine;
using KnowledgeBase.Content;
using KnowledgeBase.Editing;
using KnowledgeBase.Evaluation;

namespace Indexer.Commands;

/// <summary><c>validate</c>: reads every content file and prints each problem as <c>file:line: message</c>; non-zero exit on errors.</summary>
internal sealed class ValidateCommand : IIndexerCommand
{
    public Command Create(Func<ParseResult, IndexerContext> context)
    {
        var command = new Command(
            "validate",
            $"Check content/procedures/*.md (front matter, headings, required sections, duplicate codes) and content/{RegressionCase.FileName}; non-zero exit on errors");
        command.SetAction((parse, cancellationToken) => RunAsync(context(parse), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IndexerContext context, CancellationToken cancellationToken)
    {
        var snapshot = ContentLoader.Load(context.ContentPath, cancellationToken: cancellationToken);
        var ordered = snapshot.Diagnostics
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Message, StringComparer.Ordinal);
        foreach (var diagnostic in ordered)
        {
            var writer = diagnostic.Severity == DiagnosticSeverity.Error ? context.Error : context.Out;
            await writer.WriteLineAsync(diagnostic.ToString());
        }

        var errors = snapshot.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = snapshot.Diagnostics.Count - errors;
        try
        {
            RegressionReader.ReadContentFolder(context.ContentPath);
        }
        catch (RegressionFormatException e)
        {
            // The same file:line: error: message form as the procedures' problems above (and the editor's page).
            await context.Error.WriteLineAsync(ContentValidator.ToDiagnostic(e).ToString());
            errors++;
        }

        await context.Out.WriteLineAsync(
            $"{snapshot.FileCount} files, {snapshot.Procedures.Count} procedures valid, {errors} errors, {warnings} warnings");
        return errors == 0 ? 0 : 1;
    }
}
