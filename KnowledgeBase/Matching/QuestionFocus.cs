using KnowledgeBase.Text;

namespace KnowledgeBase.Matching;

/// <summary>
/// The part of a long message that asks for something. Citizens tell their situation first and their request last
/// ("mã số thuế … bị chấm dứt hiệu lực, giờ muốn khôi phục lại thì mất bao lâu"): the words after the last "muốn",
/// "giờ", "xin" or "định". Null when there is no such word, or the message opens with it: then all of it is the
/// request. (The last clause alone was tried as well and turned more menus into wrong answers than into right ones.)
/// </summary>
public static class QuestionFocus
{
    // As typed; a word typed without diacritics is compared folded ("muon" is mostly "muốn" here), one typed with
    // them exactly ("gia đình" holds no "định").
    private static readonly string[] Markers = ["muốn", "giờ", "xin", "định"];
    private static readonly HashSet<string> Accented = new(Markers, StringComparer.Ordinal);
    private static readonly HashSet<string> Folded = new(Markers.Select(VietnameseText.Fold), StringComparer.Ordinal);

    public static string? Of(string message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        var text = new TokenizedText(message);
        for (var i = text.Count - 2; i >= 0; i--)
        {
            if (text.Words[i] == text.Folded[i] ? Folded.Contains(text.Folded[i]) : Accented.Contains(text.Words[i]))
            {
                // A message that opens with its request ("muốn gộp 2 thửa đất …") is all request.
                return i > 0 && text.Count - i - 1 >= 2 ? string.Join(' ', text.Words.Skip(i + 1)) : null;
            }
        }

        return null;
    }
}
