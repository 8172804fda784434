using KnowledgeBase.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The analyzers of the knowledge base, built once: Lucene analyzers are thread-safe and cache their token
/// streams per thread, so one shared instance serves the indexer and every concurrent search.
/// </summary>
public static class SearchAnalyzers
{
    /// <summary>Lowercased syllables with diacritics, plus syllable bigrams.</summary>
    public static VietnameseAnalyzer Accented { get; } = new(folded: false, bigrams: true);

    /// <summary>Lowercased syllables without diacritics, plus syllable bigrams.</summary>
    public static VietnameseAnalyzer Folded { get; } = new(folded: true, bigrams: true);

    /// <summary>Lowercased syllables with diacritics, without bigrams: a question's accented terms (see <see cref="SyllablesInARow"/>).</summary>
    public static VietnameseAnalyzer AccentedSyllables { get; } = new(folded: false, bigrams: false);

    /// <summary>Folded single syllables: synonym keys and snippet highlighting.</summary>
    public static VietnameseAnalyzer FoldedSyllables { get; } = new(folded: true, bigrams: false);

    /// <summary>
    /// Folded syllables with <see cref="SectionPositions.Gap"/> between values, for the section bodies. No bigrams
    /// there: on the long section texts they multiplied the build time by four for little ranking gain.
    /// </summary>
    public static VietnameseAnalyzer Body { get; } = new(folded: true, bigrams: false, positionIncrementGap: SectionPositions.Gap);

    /// <summary>Per-field analyzer for the index writer (see <see cref="SearchFields"/> for which field gets which chain).</summary>
    public static Analyzer Index { get; } = new PerFieldAnalyzerWrapper(
        Accented,
        SearchFields.FoldedFields.Select(f => (Field: f, Analyzer: (Analyzer)Folded))
            .Append((Field: SearchFields.BodyFolded, Analyzer: Body))
            .ToDictionary(x => x.Field, x => x.Analyzer));

    /// <summary>
    /// The terms of <paramref name="analyzer"/> (one without bigrams) over <paramref name="text"/>, or null when the
    /// tokenizer skipped a position (a token over 255 characters): a bigram analyzer would pair across the hole with
    /// a filler. Otherwise its bigram twin emits exactly these syllables, each followed by the pair it starts, and
    /// pairing them here is much cheaper than its shingle filter, which copies every token's attributes.
    /// </summary>
    public static List<string>? SyllablesInARow(Analyzer analyzer, string text)
    {
        var (terms, inARow) = Syllables(analyzer, text);
        return inARow ? terms : null;
    }

    /// <summary>The terms of <paramref name="analyzer"/> (one without bigrams) over <paramref name="text"/>, and whether they are in a row (see <see cref="SyllablesInARow"/>).</summary>
    public static (List<string> Terms, bool InARow) Syllables(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var inARow = true;
        while (stream.IncrementToken())
        {
            inARow &= increment.PositionIncrement == 1;
            terms.Add(term.ToString());
        }

        stream.End();
        return (terms, inARow);
    }

    /// <summary>
    /// <see cref="FoldedSyllables"/>' terms from <see cref="AccentedSyllables"/>' terms of the same text, without a
    /// second analyzer run: both chains tokenize alike and fold each token alone, and a word of letters folds as
    /// <see cref="VietnameseText.Fold"/> folds it. Null when a token holds anything else ("30.000", "gov.vn"), whose
    /// folding only the analyzer knows.
    /// </summary>
    public static List<string>? FoldedFrom(List<string> accented)
    {
        var folded = new List<string>(accented.Count);
        foreach (var token in accented)
        {
            foreach (var c in token)
            {
                if (!char.IsLetter(c))
                {
                    return null;
                }
            }

            var word = VietnameseText.Fold(token);
            if (word.Length == 0 || word.Contains(' ', StringComparison.Ordinal))
            {
                return null;
            }

            folded.Add(word);
        }

        return folded;
    }

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> and returns its terms in order.</summary>
    public static List<AnalyzedTerm> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<AnalyzedTerm>();
        using var stream = analyzer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(new AnalyzedTerm(term.ToString(), type.Type == ShingleFilter.DEFAULT_TOKEN_TYPE));
        }

        stream.End();
        return terms;
    }
}

/// <summary>One term produced by an analyzer: a syllable, or a bigram of two adjacent syllables.</summary>
public readonly record struct AnalyzedTerm(string Text, bool IsBigram);
