using KnowledgeBase.Text;

namespace KnowledgeBase.Matching;

/// <summary>
/// The part of a long message that asks for something. Citizens tell their situation first and their request last
/// ("mã số thuế … bị chấm dứt hiệu lực, giờ muốn khôi phục lại thì mất bao lâu"): the words after the last "muốn",
/// "giờ", "xin" or "định", else the last sentence after a story of its own sentences. Null when the message opens with
/// such a word, or is one sentence without it: then all of it is the request. (The last clause alone was tried as well
/// and turned more menus into wrong answers than into right ones.)
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
            if (((text.Words[i] == text.Folded[i] ? Folded.Contains(text.Folded[i]) : Accented.Contains(text.Words[i]))
                    && !(text.Folded[i] == "dinh" && IsCompound(text, i)) && !Negated(text, i))
                || ToldToDo(text, i))
            {
                // A message that opens with its request ("muốn gộp 2 thửa đất …") is all request.
                return i > 0 && text.Count - i - 1 >= 2 ? string.Join(' ', text.Words.Skip(i + 1)) : null;
            }
        }

        return LastSentence(message);
    }

    /// <summary>
    /// The message's last sentence when a story of its own sentences comes before it ("mẹ em mất ở bệnh viện hôm qua,
    /// hộ khẩu thường trú ở Hoàng Mai. đk khai tử ở đâu"): told without "muốn", the request is what is asked last.
    /// </summary>
    private static string? LastSentence(string message)
    {
        var sentences = message.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 0).ToArray();
        return sentences.Length > 1 && new TokenizedText(sentences[^1]).Count >= MinLastSentenceWords ? sentences[^1] : null;
    }

    private const int MinLastSentenceWords = 3;

    /// <summary>
    /// Whether the word at <paramref name="i"/> ends what an office told the citizen to do ("tòa bảo phải nộp tạm ứng
    /// chi phí định giá", "cán bộ bảo phải xin xác nhận"): that is what they now ask about, whatever the story before.
    /// </summary>
    private static bool ToldToDo(TokenizedText text, int i) =>
        i > 0 && text.Folded[i] == "phai" && text.Folded[i - 1] is "bao" or "bat" && (text.Words[i - 1] == text.Folded[i - 1] || text.Words[i - 1] is "bảo" or "bắt");

    /// <summary>
    /// Whether the marker at <paramref name="i"/> is negated ("nghe nói ko phải xin phép", "không cần xin", "không
    /// muốn"): what the citizen need not or will not do is no request.
    /// </summary>
    private static bool Negated(TokenizedText text, int i) =>
        (i > 0 && Negations.Contains(text.Folded[i - 1]))
        || (i > 1 && text.Folded[i - 1] is "phai" or "can" && Negations.Contains(text.Folded[i - 2]));

    private static readonly HashSet<string> Negations = new(["khong", "ko", "k", "chang", "khoi", "cha"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the "định" at <paramref name="i"/> is part of a word ("hiệp định", "quyết định", "định cư"; "gia dinh"
    /// typed without diacritics) rather than "intend to".
    /// </summary>
    private static bool IsCompound(TokenizedText text, int i) =>
        (i > 0 && DinhAfter.Contains(text.Folded[i - 1])) || (i + 1 < text.Count && DinhBefore.Contains(text.Folded[i + 1]))
        // "định giá" values a thing; "định gia hạn" intends an extension.
        || (i + 1 < text.Count && text.Folded[i + 1] == "gia" && (i + 2 >= text.Count || text.Folded[i + 2] != "han"));

    private static readonly HashSet<string> DinhAfter = new(
        ["quyet", "quy", "hiep", "xac", "on", "nhat", "khang", "giam", "tham", "kiem", "chi", "an", "co", "gia", "nhan", "phan", "thiet"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> DinhBefore = new(["cu", "danh", "ky", "muc", "huong", "nghia", "luong", "vi"], StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="request"/> without its purpose clause: "thôi quốc tịch VN để nhập quốc tịch Đức" asks to renounce,
    /// and what the citizen will do next is not the procedure asked for.
    /// </summary>
    public static string WithoutPurpose(string request)
    {
        // Within the request's first sentence: "… du lịch. Làm thế nào để biết …" asks in the next one.
        var sentenceEnd = request.IndexOfAny(SentenceEnds);
        var text = new TokenizedText(sentenceEnd < 0 ? request : request[..sentenceEnd]);
        var end = PurposeAt(text, MinRequestWords);
        return end < text.Count ? string.Join(' ', text.Words.Take(end)) : request;
    }

    private static readonly char[] SentenceEnds = ['.', '?', '!', ';'];

    // A request cut at "để" keeps at least this many words: "muốn để lại …" is no purpose clause.
    private const int MinRequestWords = 2;

    /// <summary>
    /// Where a purpose clause ("để …") starts at or after <paramref name="from"/>, or the end of the message. Typed
    /// without diacritics, "de" is "để" only when the message has no diacritics at all and no "đề nghị", "đề xuất" or
    /// "đề án" follows.
    /// </summary>
    private static int PurposeAt(TokenizedText text, int from)
    {
        var accented = text.HasDiacritics;
        for (var i = from; i < text.Count; i++)
        {
            var purpose = accented
                ? text.Words[i] == "để"
                : text.Folded[i] == "de" && (i + 1 == text.Count || !NotPurpose.Contains(text.Folded[i + 1]));
            // "làm thế nào để", "làm sao để", "phải làm gì để" ask how, they state no purpose.
            if (purpose && !HowWords.Contains(text.Folded[i - 1]))
            {
                return i;
            }
        }

        return text.Count;
    }

    private static readonly HashSet<string> HowWords = new(["nao", "sao", "gi"], StringComparer.Ordinal);

    // "đề nghị", "đề xuất", "đề án", "đề tài", "đề cử".
    private static readonly HashSet<string> NotPurpose = new(["nghi", "xuat", "an", "tai", "cu"], StringComparer.Ordinal);

    /// <summary>
    /// The words after the last "thì", which in "tôi đóng BHXH tự nguyện, vừa sinh con xong thì nộp hồ sơ hưởng thai
    /// sản ở đâu" separates the situation from what is asked; null when there is none or fewer than two words follow.
    /// Typed without diacritics, "thi" before "hành", "công", "tuyển"… is another word ("thi hành án").
    /// </summary>
    public static string? RequestOf(string message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        var text = new TokenizedText(message);
        var accented = text.HasDiacritics;
        for (var i = text.Count - 3; i > 0; i--)
        {
            var marker = accented ? text.Words[i] == "thì" : text.Folded[i] == "thi" && !NotThen.Contains(text.Folded[i + 1]);
            if (marker)
            {
                return string.Join(' ', text.Words.Skip(i + 1));
            }
        }

        return null;
    }

    // "thi hành", "thi công", "thi tuyển", "thi bằng lái", "thi sát hạch", "thi đua", "thi hài", "thi thể".
    private static readonly HashSet<string> NotThen = new(["hanh", "cong", "tuyen", "bang", "sat", "dua", "hai", "the", "lai", "cu", "nang"], StringComparer.Ordinal);
}
