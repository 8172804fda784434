namespace KnowledgeBase.Text;

/// <summary>
/// Text stored from citizens, made safe to print in an editor's terminal: control characters (escape sequences that
/// retitle windows or move the cursor, bells, carriage returns) become spaces; letters and marks are untouched.
/// </summary>
public static class TerminalText
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsControl(c) || c is '\u2028' or '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') ? ' ' : c;
            }
        });
    }
}
