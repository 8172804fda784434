using System.Text.Json;

namespace KnowledgeBase.Evaluation;

/// <summary>
/// Reads the retrieval dev set: JSON Lines, one <c>{"question": "...", "gold_codes": ["1.014064", ...]}</c> per
/// line; an empty list marks a question the catalogue cannot answer. Blank lines are skipped.
/// </summary>
public static class DevSetReader
{
    public static IReadOnlyList<EvaluationQuestion> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <exception cref="DevSetFormatException">A line is not a JSON object with a non-empty question and a list of codes.</exception>
    public static IReadOnlyList<EvaluationQuestion> Read(TextReader reader, string sourceName) =>
        JsonLines.Read(
            reader,
            (root, line) => ParseObject(root, sourceName, line),
            (line, problem, cause) => new DevSetFormatException(sourceName, line, problem, cause));

    private static EvaluationQuestion ParseObject(JsonElement root, string source, int lineNumber)
    {
        if (!root.TryGetProperty("question", out var question) || question.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(question.GetString()))
        {
            throw new DevSetFormatException(source, lineNumber, "\"question\" must be a non-empty string");
        }

        if (!root.TryGetProperty("gold_codes", out var gold) || gold.ValueKind != JsonValueKind.Array)
        {
            throw new DevSetFormatException(source, lineNumber, "\"gold_codes\" must be a list of codes (empty for out of scope)");
        }

        var codes = new List<string>(gold.GetArrayLength());
        foreach (var code in gold.EnumerateArray())
        {
            if (code.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(code.GetString()))
            {
                throw new DevSetFormatException(source, lineNumber, "every gold code must be a non-empty string");
            }

            var value = code.GetString()!.Trim();
            if (!codes.Contains(value, StringComparer.Ordinal))
            {
                codes.Add(value);
            }
        }

        return new EvaluationQuestion(question.GetString()!.Trim(), codes, lineNumber);
    }
}
