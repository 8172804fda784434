using System.Text.RegularExpressions;
using KnowledgeBase.Matching;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>
/// The sentence of a record that speaks to a question no fact answers ("có thể ủy quyền cho người khác làm không",
/// "chồng có được hưởng không"): the one holding most pairs of the question's own words (those its name does not
/// already say). Quoted as the record writes it, so nothing is told that the catalogue does not say.
/// </summary>
public static partial class RecordSentences
{
    private const int MaxSentenceLength = 300;
    private const int MinSentenceLength = 20;

    // Sections that state what applies; the legal basis lists laws, which answer nothing a citizen asks.
    private static readonly SectionKind[] Read =
    [
        SectionKind.Requirements, SectionKind.Applicants, SectionKind.Steps, SectionKind.Documents, SectionKind.Channels,
        SectionKind.Fees, SectionKind.ProcessingTime, SectionKind.Result, SectionKind.Agency,
    ];

    // "thế" of "thế nào" asks too; folded it is also the "thẻ" a record names, which the name usually says anyway.
    private static readonly HashSet<string> NotOwn = new(AskingWords.Folded.Concat(["the", "bat", "buoc"]), StringComparer.Ordinal);

    /// <summary>The best sentence for <paramref name="question"/> with its section's heading, or null when none holds two of its own words in a row.</summary>
    /// <param name="minShare">
    /// The share of the question's pairs the sentence must hold. A long question has many pairs, and a sentence
    /// holding one of them ("cơ quan", "thông tin") speaks to something else.
    /// </param>
    /// <param name="context">
    /// The conversation's earlier message: among sentences holding as many pairs, the one that also says its words
    /// ("số 2" of "phiếu lý lịch tư pháp số 2") is about the same case.
    /// </param>
    public static (string Heading, string Sentence)? Best(Procedure procedure, string question, double minShare = 0, string? context = null) =>
        Best(procedure, question, minShare, context, firstPairOnly: false);

    /// <summary>
    /// The record's sentence holding the first pair of the question's own words: in the last clause of a long message
    /// ("có thể ủy quyền cho mẹ ở Hà Nội đi xin thay được ko") that is what is asked, and the rest tells whom and where.
    /// </summary>
    public static (string Heading, string Sentence)? OnFirstPair(Procedure procedure, string clause, string? context = null) =>
        Best(procedure, clause, 1, context, firstPairOnly: true);

    private static (string Heading, string Sentence)? Best(Procedure procedure, string question, double minShare, string? context, bool firstPairOnly)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(question);
        var pairs = OwnPairs(procedure, question).Take(firstPairOnly ? 1 : int.MaxValue).ToList();
        var name = new TokenizedText(procedure.Name).Folded.ToHashSet(StringComparer.Ordinal);
        var asked = new TokenizedText(question).Folded;
        bool Own(string w) => IsOwn(w, name);
        if (pairs.Count == 0)
        {
            return null;
        }

        // The earlier message's words, numbers included ("số 2" against "số 1"), beyond the name's.
        var earlier = new TokenizedText(context ?? "").Folded
            .Where(w => !name.Contains(w) && !NotOwn.Contains(w) && !MatchLexicon.LinkWords.Contains(w))
            .ToHashSet(StringComparer.Ordinal);
        (string Heading, string Sentence, int Score)? best = null;
        foreach (var section in Read.Select(procedure.GetSection).OfType<ProcedureSection>())
        {
            // A paper's quantity ("— 0 bản chính, 1 bản sao") is the portal's table, not the record's words: it ends the paper.
            // A form's title ("Tờ khai … (Dùng cho …), Mẫu số 02/2025/LLTP") names who fills it in; it answers nothing.
            foreach (var sentence in SentenceBreak().Split(Quantity().Replace(section.Text, "\n")).Select(s => s.Trim())
                .Where(s => s.Length >= MinSentenceLength && !FormTitle().IsMatch(s)))
            {
                var words = new TokenizedText(sentence).Folded;
                var folded = " " + string.Join(' ', words) + " ";
                var inARow = pairs.Count(p => folded.Contains(p, StringComparison.Ordinal));
                // Pairs first; among sentences with as many, the one holding more of the question's own words and of
                // the earlier message's.
                var held = words.Distinct(StringComparer.Ordinal).ToList();
                var score = inARow == 0 ? 0 : (inARow * 100) + held.Where(Own).Count(asked.Contains) + held.Count(earlier.Contains);
                if (score > (best?.Score ?? 0))
                {
                    best = (section.Heading, sentence, score);
                }
            }
        }

        return best is { } found && found.Score / 100 >= minShare * pairs.Count ? (found.Heading, TextClip.Clip(Balanced(found.Sentence), MaxSentenceLength)) : null;
    }

    /// <summary>
    /// Whether the question asks something of its own beyond the procedure's name: a pair of its own words in a row,
    /// which a sentence of the record would have to hold to answer it.
    /// </summary>
    public static bool AsksBeyondTheName(Procedure procedure, string question)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(question);
        return OwnPairs(procedure, question).Count > 0;
    }

    private static List<string> OwnPairs(Procedure procedure, string question)
    {
        var spelled = new TokenizedText(procedure.Name).Folded;
        var name = spelled.ToHashSet(StringComparer.Ordinal);
        var asked = new TokenizedText(question).Folded;
        bool Own(string w) => IsOwn(w, name);

        // Two of the question's own words in a row ("ủy quyền", "người khác"), found in a row in the sentence: words
        // that merely co-occur ("ngày" and the "báo" of "thông báo") are chance.
        // One word of the name may stand in the pair when the other is the question's own and the name never says them
        // together: "đăng ký thuế" asked of "Đăng ký thành lập hộ kinh doanh" is about the tax registration.
        var namePairs = Enumerable.Range(0, Math.Max(0, spelled.Length - 1)).Select(i => spelled[i] + " " + spelled[i + 1]).ToHashSet(StringComparer.Ordinal);
        bool Beside(string w) => w.Length > 1 && !w.All(char.IsDigit) && !NotOwn.Contains(w) && !MatchLexicon.LinkWords.Contains(w);
        return Enumerable.Range(0, Math.Max(0, asked.Length - 1))
            .Where(i => (Own(asked[i]) && Own(asked[i + 1])) || (asked[i] == "co" && Own(asked[i + 1]))
                || (((Own(asked[i]) && Beside(asked[i + 1])) || (Beside(asked[i]) && Own(asked[i + 1]))) && !namePairs.Contains(asked[i] + " " + asked[i + 1])))
            .Select(i => " " + asked[i] + " " + asked[i + 1] + " ")
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A word of the question's own: not the name's, not a number, a link word or a word that folds like many.</summary>
    private static bool IsOwn(string word, HashSet<string> name) =>
        word.Length > 1 && !word.All(char.IsDigit) && !name.Contains(word) && !NotOwn.Contains(word)
        && !MatchLexicon.LinkWords.Contains(word) && !MatchLexicon.WeakFolded.Contains(word);

    /// <summary>The sentence without a closing bracket it never opened: the split cut a bracketed note ("… ủy quyền).").</summary>
    private static string Balanced(string sentence)
    {
        var stray = sentence.IndexOf(')', StringComparison.Ordinal);
        var opened = sentence.IndexOf('(', StringComparison.Ordinal);
        return stray >= 0 && (opened < 0 || opened > stray) ? sentence.Remove(stray, 1) : sentence;
    }

    [GeneratedRegex(@"(?<=[.;!?])\s+|\n+|\s+-\s+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b[Mm]ẫu (?:số|tờ khai)\s*\S*\d")]
    private static partial Regex FormTitle();

    [GeneratedRegex(@"\s*—\s*\d+\s*bản chính(?:\s*,\s*\d+\s*bản sao)?\s*")]
    private static partial Regex Quantity();
}
