using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeBase.Content;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Indexing;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Synonyms;

namespace KnowledgeBase.Editing;

/// <summary>
/// The small changes the inbox makes in one click, each through <see cref="ContentStore"/> (validated, locked,
/// atomic, audited): an alias on a procedure, a synonym rule, a regression case that keeps the fix fixed.
/// </summary>
public sealed class ContentEdits(ContentStore store, TimeProvider time)
{
    private static readonly JsonWriterOptions JsonLine = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Adds <paramref name="alias"/> to the procedure's front matter (no change when it already has it, compared without case or diacritics).</summary>
    /// <exception cref="FileNotFoundException">No procedure file has that code.</exception>
    public Task<SaveResult> AddAliasAsync(string code, string alias, string editor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var phrase = OneLine(alias);
        var relative = ContentPaths.ProcedureFile(code);
        return store.ChangeAsync(relative, null, AuditEntry.AddAlias, editor, phrase, current =>
        {
            if (!current.Exists)
            {
                throw new FileNotFoundException($"no procedure file {relative}", relative);
            }

            var read = ProcedureMarkdownReader.Read(current.Text, ContentLoader.DisplayName(store.ContentRoot, relative));
            if (read.Procedure is not { } procedure || read.HasErrors)
            {
                // Left as it is: the save's validation reports the file's own errors.
                return current.Text;
            }

            var key = FoldedKey.Of(phrase);
            return procedure.Aliases.Any(a => FoldedKey.Of(a) == key)
                ? current.Text
                : ProcedureMarkdownWriter.Write(procedure with { Aliases = [.. procedure.Aliases, phrase] });
        }, cancellationToken);
    }

    /// <summary>Appends one rule line to <c>synonyms.txt</c>; a malformed rule is refused with the file's own message.</summary>
    public Task<SaveResult> AddSynonymAsync(string rule, string editor, CancellationToken cancellationToken)
    {
        var line = OneLine(rule);
        return store.ChangeAsync(IndexBuilder.SynonymsFile, null, AuditEntry.AddSynonym, editor, line, current =>
            current.Text.Split('\n').Any(l => l.Trim() == line) ? current.Text : AppendLine(current.Text, line), cancellationToken);
    }

    /// <summary>
    /// Appends a case to <c>regressions.jsonl</c>: <paramref name="question"/> must find <paramref name="expectedCode"/>,
    /// or be declined when it is null. An identical case already in the file is not added twice.
    /// </summary>
    public Task<SaveResult> AddRegressionAsync(string question, string? expectedCode, string? note, string editor, CancellationToken cancellationToken)
    {
        var asked = OneLine(question);
        var line = RegressionLine(asked, expectedCode, note, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return store.ChangeAsync(RegressionCase.FileName, null, AuditEntry.AddRegression, editor, line, current =>
        {
            var existing = current.Exists ? RegressionReader.Read(new StringReader(current.Text), RegressionCase.FileName) : [];
            return existing.Any(c => c.Question == asked && c.ExpectedCode == expectedCode) ? current.Text : AppendLine(current.Text, line);
        }, cancellationToken);
    }

    /// <summary>One case in the format <see cref="RegressionReader"/> reads, Vietnamese left readable.</summary>
    public static string RegressionLine(string question, string? expectedCode, string? note, DateOnly added)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonLine))
        {
            writer.WriteStartObject();
            writer.WriteString("question", question);
            if (expectedCode is null)
            {
                writer.WriteBoolean("outOfScope", true);
            }
            else
            {
                writer.WriteString("code", expectedCode);
            }

            if (!string.IsNullOrWhiteSpace(note))
            {
                writer.WriteString("note", OneLine(note));
            }

            writer.WriteString("added", added.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string AppendLine(string text, string line) =>
        text.Length == 0 || text.EndsWith('\n') ? text + line + "\n" : text + "\n" + line + "\n";

    /// <summary>Editors paste from anywhere: one trimmed line, inner whitespace collapsed, so nothing can start a new rule or case.</summary>
    private static string OneLine(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
