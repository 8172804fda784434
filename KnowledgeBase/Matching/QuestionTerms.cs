using KnowledgeBase.Text;

namespace KnowledgeBase.Matching;

/// <summary>
/// The question's words for telling candidates apart: typed with diacritics, a word must match as typed ("năm" is
/// not "Nam", "chung cư" is not "chứng khoán"); typed without, folded. Abbreviations are spelled out, small numbers
/// read as words ("1 thành viên" is "một thành viên"), and what the editors' synonyms say a phrase of the question
/// means counts as said ("đóng hẳn" → "chấm dứt hoạt động").
/// </summary>
internal sealed class QuestionTerms
{
    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["1"] = "mot", ["2"] = "hai", ["3"] = "ba", ["4"] = "bon", ["5"] = "nam",
        ["6"] = "sau", ["7"] = "bay", ["8"] = "tam", ["9"] = "chin", ["10"] = "muoi",
    };

    private static readonly Dictionary<string, string> Grades = new(StringComparer.Ordinal) { ["1"] = "i", ["2"] = "ii", ["3"] = "iii", ["4"] = "iv" };

    private static readonly HashSet<string> DurationUnits = new(["nam", "thang", "ngay", "tuan", "gio", "tuoi", "lan"], StringComparer.Ordinal);

    // "xây lại nhà", "đi lại khó", "quay lại", "sơn lại xe": "lại" after these verbs is the verb's own (again, back), not the
    // re-issue a name's "cấp lại" means.
    private static readonly HashSet<string> OwnLaiVerbs = new(["xay", "doi", "sua", "di", "quay", "tro", "ve", "song", "nhin", "xem", "noi", "hoc", "thi", "son", "trong", "dung"], StringComparer.Ordinal);

    private readonly HashSet<string> _typed;
    private readonly HashSet<string> _folded;
    private readonly HashSet<string> _implied = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pairs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _doneOnly;
    private readonly bool _accented;
    private readonly string _sentence;
    private readonly string[] _sentenceWords;

    public QuestionTerms(string question, IEnumerable<string> topicWords, IEnumerable<string>? meanings = null)
    {
        var text = new TokenizedText(question);
        _sentence = " " + string.Join(' ', text.Folded) + " ";
        _sentenceWords = text.Folded;
        _accented = text.HasDiacritics;
        _typed = new HashSet<string>(text.Words, StringComparer.Ordinal);
        _folded = new HashSet<string>(text.Folded, StringComparer.Ordinal);
        // "1 thành viên" is "một thành viên"; "1 năm", "3 tháng" are a duration, not a name's number.
        // "nhà xưởng cấp 3" is the works grade the names write "cấp III".
        var read = text.Folded.Select((w, i) => i > 0 && text.Folded[i - 1] == "cap" && Grades.TryGetValue(w, out var grade) ? grade
            : i + 1 < text.Count && DurationUnits.Contains(text.Folded[i + 1]) ? w : NumberWords.GetValueOrDefault(w, w)).ToArray();
        _implied.UnionWith(read.Where(w => !_folded.Contains(w)));
        _implied.UnionWith(ProcedureMatcher.Expanded(text.Folded).Concat(ProcedureMatcher.Expanded(topicWords.Select(VietnameseText.Fold))).Where(w => !_folded.Contains(w)));
        for (var i = 0; i + 1 < read.Length; i++)
        {
            _pairs.Add(read[i] + " " + read[i + 1]);
            // "loại 3" is also written with its digit in names.
            _pairs.Add(text.Folded[i] + " " + text.Folded[i + 1]);
        }

        _doneOnly = DoneOnly(question, _accented);
        if (_folded.Contains("lai") && Enumerable.Range(0, text.Count).Where(i => text.Folded[i] == "lai").All(i => OwnLai(text, i)))
        {
            _folded.Remove("lai");
            _implied.Remove("lai");
            _typed.Remove("lại");
        }

        // "mất mấy ngày", "mất phí không": how long or how much, not a loss ("do bị mất" of a re-issue's name).
        var lost = Enumerable.Range(0, text.Count).Where(i => text.Folded[i] == "mat" && (!_accented || text.Words[i] == "mất")).ToList();
        TellsLoss = lost.Any(i => !AsksAfterMat(text, i));
        if (lost.Count > 0 && !TellsLoss)
        {
            _folded.Remove("mat");
            _implied.Remove("mat");
            _typed.Remove("mất");
        }

        foreach (var meaning in meanings ?? [])
        {
            var words = meaning.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Words only: a synonym's word pair says less than the citizen's own ("người Pháp" means "người nước
            // ngoài", which is not "ở nước ngoài"). Implied even where a typed word folds alike: "sinh ở Nhật năm
            // ngoái" means "… yếu tố nước ngoài", whose "ngoài" the typed "ngoái" is not.
            _implied.UnionWith(words);
        }
    }

    /// <summary>
    /// Whether the "lai" at <paramref name="i"/> is not the re-issue's "lại": the verb's own after "xây", "quay" …, or,
    /// typed without diacritics, the "lái" of driving ("bang lai", "tap lai", "lai xe").
    /// </summary>
    private static bool OwnLai(TokenizedText text, int i)
    {
        if (i > 0 && OwnLaiVerbs.Contains(text.Folded[i - 1]))
        {
            return true;
        }

        return text.Words[i] != "lại"
            && ((i > 0 && DrivingBefore.Contains(text.Folded[i - 1])) || (i + 1 < text.Count && DrivingAfter.Contains(text.Folded[i + 1])));
    }

    /// <summary>Whether the question says "mất" as a loss anywhere ("mất giấy"), not only to ask how long or how much.</summary>
    public bool TellsLoss { get; }

    /// <summary>Whether the "mất" at <paramref name="i"/> asks how long or how much: compared as typed, "mất chứng chỉ" is a loss.</summary>
    private bool AsksAfterMat(TokenizedText text, int i) =>
        i + 1 < text.Count && (_accented ? AskingAfterMat.Contains(text.Words[i + 1]) : AskingAfterMatFolded.Contains(text.Folded[i + 1]));

    // Words after "mất" that make it ask ("mất bao lâu", "mất mấy ngày", "mất phí", "mất chừng bao lâu").
    private static readonly HashSet<string> AskingAfterMat = new(["bao", "mấy", "thời", "bn", "nhiêu", "tiền", "phí", "ngày", "lâu", "ít", "khoảng", "tầm", "chừng", "cả"], StringComparer.Ordinal);
    private static readonly HashSet<string> AskingAfterMatFolded = new(AskingAfterMat.Select(VietnameseText.Fold), StringComparer.Ordinal);

    private static readonly HashSet<string> DrivingBefore = new(["bang", "tap", "day"], StringComparer.Ordinal);
    private static readonly HashSet<string> DrivingAfter = new(["xe", "tau", "oto", "may"], StringComparer.Ordinal);

    /// <summary>Whether the question says the name's word <paramref name="folded"/>, which the name spells as one of <paramref name="spellings"/>.</summary>
    public bool Says(string folded, HashSet<string> spellings) =>
        _implied.Contains(folded)
        || (_accented ? spellings.Any(s => _typed.Contains(s) && VietnameseText.Fold(s) == folded) : _folded.Contains(folded));

    /// <summary>
    /// Whether the citizen's own words say <paramref name="folded"/>, spelled as one of <paramref name="spellings"/>:
    /// not what synonyms imply, whose folded words cannot tell "lái" (bằng lái → giấy phép lái xe) from "lại".
    /// </summary>
    public bool SaysItself(string folded, HashSet<string> spellings) =>
        _accented ? spellings.Any(s => _typed.Contains(s) && VietnameseText.Fold(s) == folded) : _folded.Contains(folded);

    /// <summary>
    /// Whether the citizen says the folded word <paramref name="folded"/> only for a step already done ("hộ chiếu đã
    /// báo mất rồi nhưng giờ lại tìm thấy"): what they did is not what they ask for.
    /// </summary>
    public bool SaysOnlyAsDone(string folded) => _doneOnly.Contains(folded);

    /// <summary>
    /// The folded words said between "đã" and "rồi" in one clause, or in a clause that ends "không thành" (tried and
    /// failed: "hòa giải ở xã không thành"), and nowhere else in the question. Without diacritics "da" is "đã" only
    /// when the clause closes with "roi".
    /// </summary>
    private static HashSet<string> DoneOnly(string question, bool accented)
    {
        const int MaxDoneWords = 8;
        var done = new HashSet<string>(StringComparer.Ordinal);
        var failed = Failed(question);
        if (!MayTellDone(question))
        {
            // Most questions tell nothing done: no clause is read.
            return done;
        }

        var elsewhere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in question.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            var words = new TokenizedText(clause);
            var start = Array.FindIndex(words.Words, w => accented ? w == "đã" : VietnameseText.Fold(w) == "da");
            var end = start < 0 ? -1 : Array.IndexOf(words.Folded, "roi", start + 1);
            var failedAt = failed ? FailedAt(words) : -1;
            for (var i = 0; i < words.Count; i++)
            {
                var isDone = (end > start + 1 && end - start <= MaxDoneWords && i > start && i < end) || i < failedAt;
                (isDone ? done : elsewhere).Add(words.Folded[i]);
            }
        }

        done.ExceptWith(elsewhere);
        return done;
    }

    /// <summary>Whether <paramref name="question"/> may tell a step done ("đã … rồi") or failed ("không thành"): a cheap test before reading it.</summary>
    public static bool MayTellDone(string question) =>
        Failed(question) || question.Contains("đã", StringComparison.OrdinalIgnoreCase)
        || (question.Contains("da", StringComparison.OrdinalIgnoreCase) && question.Contains("roi", StringComparison.OrdinalIgnoreCase));

    private static bool Failed(string question) =>
        question.Contains("không thành", StringComparison.OrdinalIgnoreCase) || question.Contains("khong thanh", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where "không thành" (failed) starts in the clause, or -1: at its end, or before what opens the next clause when
    /// the message has no commas ("… ở xã không thành giờ muốn …"); not "không thành lập", "không thành vấn đề".
    /// </summary>
    private static int FailedAt(TokenizedText clause)
    {
        var folded = clause.Folded;
        for (var i = 1; i + 1 < folded.Length; i++)
        {
            if (folded[i] == "khong" && folded[i + 1] == "thanh" && (i + 2 == folded.Length || AfterFailed.Contains(folded[i + 2])))
            {
                return i;
            }
        }

        return -1;
    }

    // What may follow "không thành" when it means "failed": "công", "rồi", or the next clause's opening.
    private static readonly HashSet<string> AfterFailed = new(["cong", "roi", "gio", "nay", "nen", "thi", "bay", "nhung", "ma", "va", "nua"], StringComparer.Ordinal);

    private static readonly char[] ClauseBreaks = [',', '.', ';', '!', '?', '\n'];

    /// <summary>Whether the question holds the folded word pair <paramref name="pair"/> in a row ("một thành viên", "doanh nghiệp").</summary>
    public bool SaysPair(string pair) => _pairs.Contains(pair);

    /// <summary>
    /// Whether the citizen typed the folded phrase <paramref name="phrase"/> ("thu hoi") only as something done to them:
    /// right after "bị" ("bị thu hồi chứng chỉ 3 năm trước"), which tells the story, not the request.
    /// </summary>
    public bool TypedOnlyAsSuffered(string phrase)
    {
        var said = " " + phrase + " ";
        var found = false;
        for (var at = _sentence.IndexOf(said, StringComparison.Ordinal); at >= 0; at = _sentence.IndexOf(said, at + 1, StringComparison.Ordinal))
        {
            if (!_sentence.AsSpan(0, at + 1).EndsWith(" bi ", StringComparison.Ordinal))
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    /// <summary>
    /// Whether the citizen's own words say the later step <paramref name="folded"/> ("đổi", "lại"), spelled as one of
    /// <paramref name="spellings"/>, as a step: "thay đổi thông tin" changes details and asks for no exchange.
    /// </summary>
    public bool SaysStep(string folded, HashSet<string> spellings) =>
        SaysItself(folded, spellings) && Enumerable.Range(0, _sentenceWords.Length).Any(i => IsStepAt(i, folded));

    /// <summary>
    /// Whether the citizen asks the later step <paramref name="folded"/> on a paper: the step as <see cref="SaysStep"/>
    /// reads it, followed within three words by a word of the paper (<paramref name="paperWords"/>, folded) or by "giấy",
    /// "thẻ", "bằng", "sổ": "đổi giấy đăng ký xe" asks the exchange, "vừa đổi người đại diện" tells a change.
    /// </summary>
    public bool SaysStepOn(string folded, HashSet<string> spellings, IReadOnlyCollection<string> paperWords) =>
        SaysItself(folded, spellings)
        && Enumerable.Range(0, _sentenceWords.Length).Any(i => IsStepAt(i, folded)
            && _sentenceWords.Skip(i + 1).Take(3).Any(w => PaperWords.Contains(w) || paperWords.Contains(w)));

    /// <summary>Whether the word at <paramref name="i"/> is the step <paramref name="folded"/>: not the "đổi" of "thay đổi".</summary>
    private bool IsStepAt(int i, string folded) =>
        _sentenceWords[i] == folded && !(folded == "doi" && i > 0 && _sentenceWords[i - 1] == "thay");

    private static readonly HashSet<string> PaperWords = new(["giay", "the", "bang", "so"], StringComparer.Ordinal);

    /// <summary>Whether the citizen typed the folded phrase <paramref name="phrase"/> ("nuoc ngoai"), synonyms aside.</summary>
    public bool Typed(string phrase) => _sentence.Contains(" " + phrase + " ", StringComparison.Ordinal);
}
