using System.Collections.Frozen;
using Lucene.Net.Index;

namespace KnowledgeBase.Search;

/// <summary>
/// How many records' names and aliases hold each pair of adjacent syllables, folded ("thong bao" in hundreds, "bao
/// mat" in a few). Vietnamese writes words of two syllables with a space inside, so a question's "thông báo mất" holds
/// the pair "báo mất" only across a word boundary: the pair a syllable forms more often in the catalogue is the word
/// it belongs to.
/// </summary>
public sealed class NamePairCounts
{
    private static readonly string[] Fields = [SearchFields.Name, SearchFields.Aliases];

    private readonly FrozenDictionary<string, int> _counts;

    private NamePairCounts(FrozenDictionary<string, int> counts) => _counts = counts;

    public static NamePairCounts Empty { get; } = new(FrozenDictionary<string, int>.Empty);

    public static NamePairCounts Read(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (term, docFreq) in IndexBigrams.Of(reader, Fields))
        {
            var folded = FoldedKey.Of(term);
            counts[folded] = counts.GetValueOrDefault(folded) + docFreq;
        }

        return new NamePairCounts(counts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Records whose name or an alias holds the folded pair ("ho chieu"); 0 for a pair no name holds.</summary>
    public int Count(string foldedPair) => _counts.GetValueOrDefault(foldedPair);
}
