using System.Text.RegularExpressions;
using KnowledgeBase.Matching;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>
/// The sentence of a record that speaks to a question no fact answers ("có thể ủy quyền cho người khác làm không",
/// "chồng có được hưởng không"): the one holding most of the question's own words, those its name does not already
/// say. Quoted as the record writes it, so nothing is told that the catalogue does not say.
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

    // Words that ask rather than say ("có", "được", "không", "thì", "sao"): every sentence may hold them.
    private static readonly HashSet<string> AskingWords = new(
        ["co", "duoc", "khong", "ko", "k", "thi", "sao", "nao", "gi", "the", "lam", "can", "phai", "nhu", "neu", "vay", "a", "nhe", "oi", "toi", "minh", "em", "anh", "chi", "ban"],
        StringComparer.Ordinal);

    /// <summary>The best sentence for <paramref name="question"/> with its section's heading, or null when none holds two of its own words.</summary>
    public static (string Heading, string Sentence)? Best(Procedure procedure, string question)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(question);
        var name = new TokenizedText(procedure.Name).Folded.ToHashSet(StringComparer.Ordinal);
        var own = new TokenizedText(question).Folded
            .Where(w => w.Length > 1 && !name.Contains(w) && !AskingWords.Contains(w) && !MatchLexicon.LinkWords.Contains(w) && !MatchLexicon.WeakFolded.Contains(w))
            .ToHashSet(StringComparer.Ordinal);
        if (own.Count == 0)
        {
            return null;
        }

        (string Heading, string Sentence, int Score)? best = null;
        foreach (var kind in Read)
        {
            if (procedure.GetSection(kind) is not { } section)
            {
                continue;
            }

            foreach (var sentence in SentenceBreak().Split(section.Text).Select(s => s.Trim()).Where(s => s.Length >= MinSentenceLength))
            {
                var score = new TokenizedText(sentence).Folded.Distinct(StringComparer.Ordinal).Count(own.Contains);
                if (score > (best?.Score ?? 0))
                {
                    best = (section.Heading, sentence, score);
                }
            }
        }

        // Two of the question's own words, or its only one: a single shared word among several is chance.
        return best is { } found && (found.Score >= 2 || own.Count == 1)
            ? (found.Heading, TextClip.Clip(found.Sentence, MaxSentenceLength))
            : null;
    }

    [GeneratedRegex(@"(?<=[.;!?])\s+|\n+|\s+-\s+")]
    private static partial Regex SentenceBreak();
}
