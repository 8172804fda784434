using ICU4N.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Vietnamese text as Lucene terms. Vietnamese writes one syllable per space-separated word, so UAX#29 word
/// boundaries give syllable tokens; meaning lives in multi-syllable words ("căn cước", "khai sinh"), which the
/// optional syllable bigrams capture. No stopwords: "bao lâu", "lại", "mất", "không" carry the citizen's intent.
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    /// <summary>Lucene compatibility version for every analyzer and index writer in the knowledge base.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Separator between the syllables of a bigram term, so "căn cước" is one term with a space.</summary>
    public const string BigramSeparator = " ";

    // NFC first so that text typed with combining marks (NFD, common from macOS and some IMEs) tokenizes and
    // matches exactly like precomposed text.
    private static readonly Normalizer2 Nfc = Normalizer2.NFCInstance;

    private readonly int _positionIncrementGap;

    public VietnameseAnalyzer(bool folded, bool bigrams, int positionIncrementGap = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(positionIncrementGap);
        Folded = folded;
        Bigrams = bigrams;
        _positionIncrementGap = positionIncrementGap;
    }

    /// <summary>True when diacritics are removed ("làm lại căn cước" → "lam lai can cuoc", "đ" → "d").</summary>
    public bool Folded { get; }

    /// <summary>True when adjacent-syllable bigrams are emitted in addition to single syllables.</summary>
    public bool Bigrams { get; }

    public override int GetPositionIncrementGap(string fieldName) => _positionIncrementGap;

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new ICUNormalizer2CharFilter(reader, Nfc);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (Folded)
        {
            // UTR#30 folding: removes tones and vowel marks and also maps "đ" to "d", which is a letter with a
            // stroke rather than a combining mark and survives plain NFD-and-strip folding.
            stream = new ICUFoldingFilter(stream);
        }

        if (Bigrams)
        {
            var shingles = new ShingleFilter(stream, 2, 2);
            shingles.SetOutputUnigrams(true);
            shingles.SetTokenSeparator(BigramSeparator);
            stream = shingles;
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
