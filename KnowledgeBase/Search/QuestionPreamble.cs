using System.Text.RegularExpressions;
using KnowledgeBase.Text;

namespace KnowledgeBase.Search;

/// <summary>
/// The letter-writing around a formal question: "Kính gửi Cục …,", "Cục … cho Công ty chúng tôi hỏi", "Đề nghị quý
/// cơ quan cho biết", "Xin trân trọng cảm ơn". People writing to a ministry open and close this way; none of it says
/// which procedure they need, and the addressee's name matches every procedure that agency handles. It is cut before
/// the question is searched. Only the opening and the closing are read, so details inside the question stay.
/// </summary>
public static partial class QuestionPreamble
{
    // An opening longer than this many words is not an address but the question itself.
    private const int MaxOpeningWords = 20;

    // "cho [công ty | doanh nghiệp | đơn vị] [chúng tôi | tôi | em | mình] hỏi" and "xin hỏi", folded.
    private static readonly string[][] AskFor =
    [
        ["cho", "toi", "hoi"], ["cho", "chung", "toi", "hoi"], ["cho", "em", "hoi"], ["cho", "minh", "hoi"], ["cho", "hoi"],
        ["cho", "cong", "ty", "chung", "toi", "hoi"], ["cho", "cong", "ty", "toi", "hoi"], ["cho", "cong", "ty", "hoi"],
        ["cho", "doanh", "nghiep", "chung", "toi", "hoi"], ["cho", "doanh", "nghiep", "toi", "hoi"],
        ["cho", "don", "vi", "chung", "toi", "hoi"], ["cho", "don", "vi", "toi", "hoi"],
        ["xin", "hoi"], ["xin", "cho", "hoi"],
    ];

    /// <summary>The question without its salutation and closing; the text unchanged when nothing of the kind is found or nothing would be left.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordPattern().Matches(text);
        if (words.Count < 4)
        {
            return text;
        }

        // Only the opening and the closing are read: the middle of a long question is not folded (its entries stay
        // null and match no pattern). The opening can reach twice MaxOpeningWords plus a pattern's length.
        var folded = new string?[words.Count];
        var openingTo = Math.Min(words.Count, (2 * MaxOpeningWords) + 10);
        for (var i = 0; i < openingTo; i++)
        {
            folded[i] = VietnameseText.Fold(words[i].Value);
        }

        for (var i = Math.Max(openingTo, words.Count - 8); i < words.Count; i++)
        {
            folded[i] = VietnameseText.Fold(words[i].Value);
        }

        var start = OpeningEnd(text, words, folded);
        var end = ClosingStart(words, folded, start);
        if (start == 0 && end == words.Count)
        {
            return text;
        }

        // At least three words of question must remain, or the "preamble" was the question.
        if (end - start < 3)
        {
            return text;
        }

        var from = words[start].Index;
        var to = words[end - 1].Index + words[end - 1].Length;
        return text[from..to];
    }

    /// <summary>The index of the first word after the opening (0 when there is none).</summary>
    private static int OpeningEnd(string text, MatchCollection words, string?[] folded)
    {
        var start = 0;

        // "Kính gửi <addressee>," — the addressee runs to the first clause break.
        if (Starts(folded, 0, "kinh", "gui"))
        {
            start = 2;
            for (var i = 2; i < Math.Min(words.Count, MaxOpeningWords); i++)
            {
                if (EndsClause(text, words[i]))
                {
                    start = i + 1;
                    break;
                }
            }
        }

        // "<addressee> cho Công ty chúng tôi hỏi …", "Cho tôi hỏi …", "Xin hỏi …": no clause break before it, so what
        // precedes is an address, not a detail of the citizen's situation.
        for (var i = start; i < Math.Min(words.Count, start + MaxOpeningWords); i++)
        {
            if (AskFor.FirstOrDefault(p => Starts(folded, i, p)) is { } ask && IsAsk(words[i + ask.Length - 1].Value))
            {
                start = i + ask.Length;
                break;
            }

            if (EndsClause(text, words[i]))
            {
                break;
            }
        }

        // "Đề nghị [quý cơ quan | Cục] cho biết …", "Xin cho biết …", "Ông/bà cho biết …" at the very start.
        for (var i = start; i < Math.Min(words.Count - 1, start + 7); i++)
        {
            if (Starts(folded, i, "cho", "biet"))
            {
                var lead = folded[start];
                if (i == start || lead is "de" or "xin" or "ong" or "ba" or "quy" or "kinh" or "vui" or "lam" or "hay")
                {
                    start = i + 2;
                }

                break;
            }
        }

        return start;
    }

    /// <summary>The index just past the last word of the question, before a closing such as "Xin trân trọng cảm ơn".</summary>
    private static int ClosingStart(MatchCollection words, string?[] folded, int start)
    {
        for (var i = Math.Max(start, words.Count - 6); i < words.Count - 1; i++)
        {
            if (Starts(folded, i, "xin", "tran", "trong") || Starts(folded, i, "tran", "trong") ||
                Starts(folded, i, "xin", "cam", "on") || Starts(folded, i, "cam", "on"))
            {
                return i;
            }
        }

        return words.Count;
    }

    // A span, not an array: the literal patterns checked for every question then allocate nothing.
    private static bool Starts(string?[] folded, int at, params ReadOnlySpan<string> pattern)
    {
        if (at + pattern.Length > folded.Length)
        {
            return false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            if (!string.Equals(folded[at + i], pattern[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"hỏi" (ask) typed with or without accents, not "hội" (association): "cấp phép cho hội" is a question.</summary>
    private static bool IsAsk(string word)
    {
        var lower = word.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
        return lower is "hoi" or "hỏi";
    }

    private static bool EndsClause(string text, Match word)
    {
        var after = word.Index + word.Length;
        return after < text.Length && text[after] is ',' or '.' or ';' or ':' or '\n' or '!' or '?';
    }

    // Words as citizens write them; punctuation stays between the matches, where EndsClause reads it.
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordPattern();
}
