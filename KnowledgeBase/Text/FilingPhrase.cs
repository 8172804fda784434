using System.Text.RegularExpressions;

namespace KnowledgeBase.Text;

/// <summary>
/// "nộp hồ sơ" (or "nộp giấy tờ") right before where it goes ("ở đâu", "tại …", "cho ai"): the act of filing every
/// procedure shares, asked where. It names no procedure, yet "Gia hạn nộp hồ sơ khai thuế" holds it in its name, so
/// "thai sản nộp hồ sơ ở đâu" must not be searched with it.
/// </summary>
public static partial class FilingPhrase
{
    /// <summary><paramref name="text"/> without such a phrase, its other words, capitals and punctuation as they were.</summary>
    public static string Without(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Phrase().Replace(text, "");
    }

    [GeneratedRegex(@"\b(?:nộp|nop)\s+(?:hồ\s+sơ|ho\s+so|giấy\s+tờ|giay\s+to)(?=\s+(?:ở|o|tại|tai|cho|đến|den|lên|len)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();
}
