using System.Text.Json;
using KnowledgeBase.Content;

namespace KnowledgeBase.Evaluation;

/// <summary>The JSON Lines files editors and evaluators keep (the dev set, the regression cases): one JSON object per non-blank line.</summary>
internal static class JsonLines
{
    /// <summary>Parses every non-blank line as a JSON object and hands it to <paramref name="parseObject"/> with its 1-based line number.</summary>
    /// <param name="error">Makes the file's own exception for a line that is not a JSON object (line, problem, cause).</param>
    public static IReadOnlyList<T> Read<T>(TextReader reader, Func<JsonElement, int, T> parseObject, Func<int, string, Exception?, FormatException> error)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var items = new List<T>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                throw error(lineNumber, JsonLineErrors.Describe(e, line), e);
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw error(lineNumber, ContentMessages.NotJsonObject, null);
                }

                items.Add(parseObject(document.RootElement, lineNumber));
            }
        }

        return items;
    }
}
