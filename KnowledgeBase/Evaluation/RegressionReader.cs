using System.Globalization;
using System.Text.Json;
using KnowledgeBase.Content;

namespace KnowledgeBase.Evaluation;

/// <summary>
/// Reads <c>content/regressions.jsonl</c>: JSON Lines, one <c>{"question": "...", "code": "1.014064"}</c> or
/// <c>{"question": "...", "outOfScope": true}</c> per line, with an optional <c>"note"</c> and <c>"added"</c>
/// (yyyy-MM-dd). Blank lines are skipped. The format is described in docs/content-format.md.
/// </summary>
public static class RegressionReader
{
    /// <summary>The cases of the content folder; empty when it has no regressions file.</summary>
    /// <exception cref="RegressionFormatException">A line is malformed.</exception>
    public static IReadOnlyList<RegressionCase> ReadContentFolder(string contentPath)
    {
        var path = Path.Combine(contentPath, RegressionCase.FileName);
        return File.Exists(path) ? ReadFile(path) : [];
    }

    public static IReadOnlyList<RegressionCase> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <exception cref="RegressionFormatException">A line is not a JSON object with a question and exactly one of code or outOfScope.</exception>
    public static IReadOnlyList<RegressionCase> Read(TextReader reader, string sourceName) =>
        JsonLines.Read(
            reader,
            (root, line) => ParseObject(root, sourceName, line),
            (line, problem, cause) => new RegressionFormatException(sourceName, line, problem, cause));

    private static RegressionCase ParseObject(JsonElement root, string source, int lineNumber)
    {
        var question = NonEmptyString(root, "question", source, lineNumber)
            ?? throw new RegressionFormatException(source, lineNumber, ContentMessages.QuestionRequired);
        var code = NonEmptyString(root, "code", source, lineNumber);
        var outOfScope = root.TryGetProperty("outOfScope", out var flag) && flag.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new RegressionFormatException(source, lineNumber, ContentMessages.OutOfScopeNotBoolean),
        };
        if ((code is null) != outOfScope)
        {
            throw new RegressionFormatException(source, lineNumber, code is null
                ? ContentMessages.ExpectedMissing
                : ContentMessages.CodeAndOutOfScope);
        }

        DateOnly? added = null;
        if (NonEmptyString(root, "added", source, lineNumber) is { } date)
        {
            added = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new RegressionFormatException(source, lineNumber, ContentMessages.AddedNotDate(date));
        }

        return new RegressionCase(question, code, NonEmptyString(root, "note", source, lineNumber), added, lineNumber);
    }

    /// <summary>The trimmed string property; null when absent, null or blank.</summary>
    private static string? NonEmptyString(JsonElement root, string name, string source, int lineNumber)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new RegressionFormatException(source, lineNumber, ContentMessages.NotString(name));
        }

        var text = value.GetString()!.Trim();
        return text.Length == 0 ? null : text;
    }
}
