using System.Text;
using System.Text.Json;
using KnowledgeBase.Content;

namespace KnowledgeBase.Evaluation;

/// <summary>
/// Says in Vietnamese why <c>System.Text.Json</c> refused a line of a JSON Lines file editors keep
/// (<c>regressions.jsonl</c>): its own text is English ("'a' is an invalid start of a value. LineNumber: 0 | …").
/// </summary>
internal static class JsonLineErrors
{
    public static string Describe(JsonException exception, string line)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(line);
        var message = exception.Message;
        var problem = message switch
        {
            _ when Has(message, "start of a property name") => ContentMessages.JsonPropertyNameUnquoted,
            _ when Has(message, "after a property name") => ContentMessages.JsonColonMissing,
            _ when Has(message, "trailing comma") => ContentMessages.JsonTrailingComma,
            _ when Has(message, "after a single JSON value") => ContentMessages.JsonTextAfterEnd,
            _ when Has(message, "after a value") => ContentMessages.JsonCommaMissing,
            _ when Has(message, "escap") || Has(message, "within a JSON string") => ContentMessages.JsonBadEscape,
            _ when Has(message, "end of data") || Has(message, "depth to be zero") => ContentMessages.JsonNotClosed,
            _ when Has(message, "start of a value") || Has(message, "literal") || Has(message, "leading zero") || Has(message, "number")
                => ContentMessages.JsonValueInvalid,
            _ => ContentMessages.JsonOther,
        };
        return ContentMessages.NotJson(problem, Column(line, exception.BytePositionInLine));
    }

    /// <summary>The 1-based character the parser stopped at: it counts UTF-8 bytes, and Vietnamese letters take two or three.</summary>
    private static int Column(string line, long? bytePosition)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var position = (int)Math.Clamp(bytePosition ?? 0, 0, bytes.Length);
        return Encoding.UTF8.GetCharCount(bytes, 0, position) + 1;
    }

    private static bool Has(string message, string part) => message.Contains(part, StringComparison.OrdinalIgnoreCase);
}
