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

    // "xây lại nhà", "đi lại khó", "quay lại": "lại" after these verbs is the verb's own (again, back), not the
    // re-issue a name's "cấp lại" means.
    private static readonly HashSet<string> OwnLaiVerbs = new(["xay", "doi", "sua", "di", "quay", "tro", "ve", "song", "nhin", "xem", "noi", "hoc", "thi"], StringComparer.Ordinal);

    private readonly HashSet<string> _typed;
    private readonly HashSet<string> _folded;
    private readonly HashSet<string> _implied = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pairs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _doneOnly;
    private readonly bool _accented;
    private readonly string _sentence;

    public QuestionTerms(string question, IEnumerable<string> topicWords, IEnumerable<string>? meanings = null)
    {
        var text = new TokenizedText(question);
        _sentence = " " + string.Join(' ', text.Folded) + " ";
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
        }

        _doneOnly = DoneOnly(question, _accented);
        if (_folded.Contains("lai") && Enumerable.Range(0, text.Count).Where(i => text.Folded[i] == "lai").All(i => i > 0 && OwnLaiVerbs.Contains(text.Folded[i - 1])))
        {
            _folded.Remove("lai");
            _implied.Remove("lai");
            _typed.Remove("lại");
        }

        foreach (var meaning in meanings ?? [])
        {
            var words = meaning.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Words only: a synonym's word pair says less than the citizen's own ("người Pháp" means "người nước
            // ngoài", which is not "ở nước ngoài").
            _implied.UnionWith(words.Where(w => !_folded.Contains(w)));
        }
    }

    /// <summary>Whether the question says the name's word <paramref name="folded"/>, which the name spells as one of <paramref name="spellings"/>.</summary>
    public bool Says(string folded, HashSet<string> spellings) =>
        _implied.Contains(folded)
        || (_accented ? spellings.Any(s => _typed.Contains(s) && VietnameseText.Fold(s) == folded) : _folded.Contains(folded));

    /// <summary>
    /// Whether the citizen says the folded word <paramref name="folded"/> only for a step already done ("hộ chiếu đã
    /// báo mất rồi nhưng giờ lại tìm thấy"): what they did is not what they ask for.
    /// </summary>
    public bool SaysOnlyAsDone(string folded) => _doneOnly.Contains(folded);

    /// <summary>
    /// The folded words said between "đã" and "rồi" in one clause and nowhere else in the question. Without diacritics
    /// "da" is "đã" only when the clause closes with "roi".
    /// </summary>
    private static HashSet<string> DoneOnly(string question, bool accented)
    {
        const int MaxDoneWords = 8;
        var done = new HashSet<string>(StringComparer.Ordinal);
        if (!question.Contains("đã", StringComparison.OrdinalIgnoreCase) && !(question.Contains("da", StringComparison.OrdinalIgnoreCase) && question.Contains("roi", StringComparison.OrdinalIgnoreCase)))
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
            for (var i = 0; i < words.Count; i++)
            {
                (end > start + 1 && end - start <= MaxDoneWords && i > start && i < end ? done : elsewhere).Add(words.Folded[i]);
            }
        }

        done.ExceptWith(elsewhere);
        return done;
    }

    private static readonly char[] ClauseBreaks = [',', '.', ';', '!', '?', '\n'];

    /// <summary>Whether the question holds the folded word pair <paramref name="pair"/> in a row ("một thành viên", "doanh nghiệp").</summary>
    public bool SaysPair(string pair) => _pairs.Contains(pair);

    /// <summary>Whether the citizen typed the folded phrase <paramref name="phrase"/> ("nuoc ngoai"), synonyms aside.</summary>
    public bool Typed(string phrase) => _sentence.Contains(" " + phrase + " ", StringComparison.Ordinal);
}
