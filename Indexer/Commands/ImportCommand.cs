using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assistant.CommandLine;
using KnowledgeBase.Content;
using KnowledgeBase.Facts;
using KnowledgeBase.Import;
using KnowledgeBase.Procedures;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Indexer.Commands;

/// <summary>
/// <c>import &lt;crawl-folder&gt; [--updated yyyy-MM-dd]</c>: converts the crawled national catalogue
/// (<c>&lt;ministry&gt;/&lt;code&gt;.json</c>) into <c>procedures/&lt;code&gt;.md</c> under the content folder.
/// Output is deterministic: the same crawl and date give byte-identical files.
/// </summary>
internal sealed partial class ImportCommand : IIndexerCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public Command Create(Func<ParseResult, IndexerContext> context)
    {
        var crawl = new Argument<DirectoryInfo>("crawl-folder") { Description = "The dichvucong crawl: <ministry>/<code>.json" };
        var updated = DateOption.Create("--updated", "The 'updated' date written into every file (default: today, UTC)");
        var command = new Command("import", "Convert the dichvucong crawl into content/procedures/*.md")
        {
            crawl,
            updated,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context(parse), parse.GetRequiredValue(crawl).FullName, parse.GetValue(updated) ?? DateOnly.FromDateTime(DateTime.UtcNow), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IndexerContext context, string crawlFolder, DateOnly updated, CancellationToken cancellationToken)
    {
        var logger = context.LoggerFactory.CreateLogger<ImportCommand>();
        if (!Directory.Exists(crawlFolder))
        {
            await context.Error.WriteLineAsync($"{crawlFolder}: crawl folder not found");
            return 2;
        }

        var files = Directory.GetFiles(crawlFolder, "*.json", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            await context.Error.WriteLineAsync($"{crawlFolder}: no *.json files found");
            return 2;
        }

        var outputFolder = Path.Combine(context.ContentPath, ContentLoader.ProceduresFolder);
        Directory.CreateDirectory(outputFolder);
        logger.LogInformation("Importing {Count} crawl records from {Folder} into {Output}", files.Length, crawlFolder, outputFolder);

        var tally = await context.Terminal.Progress().StartAsync(async display =>
        {
            var task = display.AddTask("importing", maxValue: files.Length);
            var done = await ImportAsync(context, crawlFolder, outputFolder, files, updated, () => task.Increment(1), cancellationToken);
            task.StopTask();
            return done;
        });
        await tally.WriteSummaryAsync(context.Out, files.Length);
        logger.LogInformation("Imported {Written} of {Records} records ({Failed} failed)", tally.Written, files.Length, tally.Failed);
        return tally.Failed == 0 ? 0 : 1;
    }

    private static async Task<ImportTally> ImportAsync(
        IndexerContext context, string crawlFolder, string outputFolder, string[] files, DateOnly updated, Action imported, CancellationToken cancellationToken)
    {
        var tally = new ImportTally();
        var writtenBy = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i];
            var relative = Path.GetRelativePath(crawlFolder, file).Replace('\\', '/');
            try
            {
                var record = await ReadRecordAsync(file, cancellationToken);
                // The folder one level up from the file names the ministry (raw/<ministry>/<code>.json).
                var ministryFolder = Path.GetFileName(Path.GetDirectoryName(file)) ?? "";
                var mapped = CrawlRecordMapper.Map(record, ministryFolder, updated);
                var code = mapped.Procedure.Code;
                if (!SafeCode().IsMatch(code))
                {
                    throw new FormatException($"code '{code}' cannot be used as a file name");
                }

                if (writtenBy.TryGetValue(code, out var first))
                {
                    throw new FormatException($"duplicate code {code}: already imported from {first}");
                }

                writtenBy.Add(code, relative);
                var target = Path.Combine(outputFolder, code + ".md");
                var edited = await EditorsWorkAsync(target, cancellationToken);
                var procedure = mapped.Procedure with { Aliases = edited?.Aliases ?? [], Audience = edited?.Audience };
                procedure = procedure with { Facts = ImportedFacts.EditedIn(edited) ?? ImportedFacts.Derive(procedure) };
                var markdown = ProcedureMarkdownWriter.Write(procedure);
                await File.WriteAllTextAsync(target, markdown, Utf8NoBom, cancellationToken);
                tally.Add(mapped);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or IOException or UnauthorizedAccessException)
            {
                tally.Failed++;
                await context.Error.WriteLineAsync($"{relative}: {FirstLine(ex.Message)}");
            }

            imported();
        }

        return tally;
    }

    private static async Task<CrawlRecord> ReadRecordAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        return await JsonSerializer.DeserializeAsync<CrawlRecord>(stream, cancellationToken: cancellationToken)
               ?? throw new FormatException("file holds JSON null, not a procedure record");
    }

    /// <summary>
    /// Aliases, the audience and corrected facts are the editors' work, not the catalogue's: a re-import keeps the ones
    /// already in the file (when it can be read) and replaces everything else with the catalogue's current text.
    /// </summary>
    private static async Task<Procedure?> EditorsWorkAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return ProcedureMarkdownReader.Read(await File.ReadAllTextAsync(file, cancellationToken), file).Procedure;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"^[0-9A-Za-z][0-9A-Za-z._-]*$")]
    private static partial Regex SafeCode();
}
