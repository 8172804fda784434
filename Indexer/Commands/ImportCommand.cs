using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeBase.Content;
using KnowledgeBase.Facts;
using KnowledgeBase.Import;
using KnowledgeBase.Procedures;
using Microsoft.Extensions.Logging;

namespace Indexer.Commands;

/// <summary>
/// <c>import &lt;crawl-folder&gt; [--updated yyyy-MM-dd]</c>: converts the crawled national catalogue
/// (<c>&lt;ministry&gt;/&lt;code&gt;.json</c>) into <c>procedures/&lt;code&gt;.md</c> under the content folder.
/// Output is deterministic: the same crawl and date give byte-identical files.
/// </summary>
internal sealed partial class ImportCommand : IIndexerCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public string Name => "import";

    public string Summary => "import   <crawl-folder> [--updated yyyy-MM-dd]  Convert the dichvucong crawl into content/procedures/*.md";

    public async Task<int> RunAsync(IndexerContext context, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var logger = context.LoggerFactory.CreateLogger<ImportCommand>();
        if (!TryParseArguments(args, out var crawlFolder, out var updated, out var usageError))
        {
            await context.Error.WriteLineAsync(usageError);
            await context.Error.WriteLineAsync("usage: Indexer import <crawl-folder> [--updated yyyy-MM-dd]");
            return 2;
        }

        crawlFolder = Path.GetFullPath(crawlFolder);
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
                var imported = CrawlRecordMapper.Map(record, ministryFolder, updated);
                var code = imported.Procedure.Code;
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
                var procedure = imported.Procedure with { Aliases = edited?.Aliases ?? [], Audience = edited?.Audience };
                procedure = procedure with { Facts = EditedFacts(edited) ?? Imported(FactSheet.Derive(procedure)) };
                var markdown = ProcedureMarkdownWriter.Write(procedure);
                await File.WriteAllTextAsync(target, markdown, Utf8NoBom, cancellationToken);
                tally.Add(imported);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or IOException or UnauthorizedAccessException)
            {
                tally.Failed++;
                await context.Error.WriteLineAsync($"{relative}: {FirstLine(ex.Message)}");
            }

            ReportProgress(context, logger, i + 1, files.Length);
        }

        if (context.Interactive)
        {
            await context.Out.WriteLineAsync();
        }

        await tally.WriteSummaryAsync(context.Out, files.Length);
        logger.LogInformation("Imported {Written} of {Records} records ({Failed} failed)", tally.Written, files.Length, tally.Failed);
        return tally.Failed == 0 ? 0 : 1;
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

    /// <summary>
    /// The structured facts an editor changed: the file's facts when they no longer match the fingerprint the import
    /// wrote with them (or, for a file without one, differ from what its own text gives); null when they are as
    /// imported, so the new catalogue text and the current reader decide.
    /// </summary>
    private static ProcedureFacts? EditedFacts(Procedure? edited) => edited?.Facts switch
    {
        null => null,
        { Imported: { } imported } facts => imported == facts.ContentFingerprint() ? null : facts,
        var facts => facts.SameAs(FactSheet.Derive(edited with { Facts = null })) ? null : facts,
    };

    private static ProcedureFacts Imported(ProcedureFacts facts) => facts with { Imported = facts.ContentFingerprint() };

    private static bool TryParseArguments(IReadOnlyList<string> args, out string folder, out DateOnly updated, out string error)
    {
        folder = "";
        updated = DateOnly.FromDateTime(DateTime.UtcNow);
        error = "";
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--updated")
            {
                if (i + 1 >= args.Count ||
                    !DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out updated))
                {
                    error = "--updated needs a date like 2026-11-25";
                    return false;
                }
            }
            else if (folder.Length == 0 && !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                folder = args[i];
            }
            else
            {
                error = $"unexpected argument '{args[i]}'";
                return false;
            }
        }

        if (folder.Length == 0)
        {
            error = "missing the crawl folder";
            return false;
        }

        return true;
    }

    private static void ReportProgress(IndexerContext context, ILogger logger, int done, int total)
    {
        if (context.Interactive)
        {
            if (done % 50 == 0 || done == total)
            {
                context.Out.Write($"\rimporting {done}/{total}");
            }
        }
        else if (done % 500 == 0 || done == total)
        {
            logger.LogInformation("Imported {Done}/{Total}", done, total);
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"^[0-9A-Za-z][0-9A-Za-z._-]*$")]
    private static partial Regex SafeCode();
}
