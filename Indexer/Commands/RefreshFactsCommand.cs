using System.CommandLine;
using System.Text;
using KnowledgeBase.Content;
using KnowledgeBase.Facts;

namespace Indexer.Commands;

/// <summary>
/// <c>refresh-facts</c>: re-derives the <c>facts:</c> block of every procedure file whose facts are as the importer
/// wrote them, from the file's own catalogue text, so an improved reader reaches the stored facts without a new crawl.
/// Facts an editor changed are kept; a file that cannot be read is reported and left as it is.
/// </summary>
internal sealed class RefreshFactsCommand : IIndexerCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public Command Create(Func<ParseResult, IndexerContext> context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "List the files whose facts would change, without writing them" };
        var command = new Command("refresh-facts", "Re-derive the imported facts of content/procedures/*.md from their own text; facts edited by hand are kept")
        {
            dryRun,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context(parse), parse.GetValue(dryRun), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IndexerContext context, bool dryRun, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(context.ContentPath, ContentLoader.ProceduresFolder);
        if (!Directory.Exists(folder))
        {
            await context.Error.WriteLineAsync($"{folder}: procedures folder not found");
            return 2;
        }

        var files = Directory.GetFiles(folder, "*.md");
        Array.Sort(files, StringComparer.Ordinal);
        int changed = 0, edited = 0, unreadable = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = ProcedureMarkdownReader.Read(await File.ReadAllTextAsync(file, cancellationToken), file);
            if (read.Procedure is not { } procedure || read.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                unreadable++;
                await context.Error.WriteLineAsync($"{file}: not refreshed, the file has errors (run validate)");
                continue;
            }

            if (ImportedFacts.EditedIn(procedure) is not null)
            {
                edited++;
                continue;
            }

            var facts = ImportedFacts.Derive(procedure);
            var unchanged = procedure.Facts is { } stored
                ? stored.SameAs(facts) && stored.Imported == facts.Imported
                : facts is { Fees.Count: 0, Times.Count: 0, Place: null };
            if (unchanged)
            {
                continue;
            }

            changed++;
            await context.Out.WriteLineAsync(Path.GetRelativePath(context.ContentPath, file).Replace('\\', '/'));
            if (!dryRun)
            {
                await File.WriteAllTextAsync(file, ProcedureMarkdownWriter.Write(procedure with { Facts = facts }), Utf8NoBom, cancellationToken);
            }
        }

        await context.Out.WriteLineAsync(
            $"{files.Length} files, {changed} {(dryRun ? "would change" : "refreshed")}, {edited} kept (edited by hand), {unreadable} with errors");
        return unreadable == 0 ? 0 : 1;
    }
}
