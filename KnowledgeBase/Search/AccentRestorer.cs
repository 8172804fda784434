using System.Collections.Frozen;
using KnowledgeBase.Search.Analysis;
using Lucene.Net.Index;

namespace KnowledgeBase.Search;

/// <summary>
/// Puts the diacritics back on a question typed without them, pair of syllables by pair: "so do" is "sổ đỏ", "lai xe"
/// "lái xe", "cap lai" "cấp lại", as the catalogue's names, aliases and meta spell them most often. A pair the
/// catalogue never spells stays unaccented. The accented fields then count for a citizen without a Vietnamese
/// keyboard too, and "lai" reads as "lại" or "lái" from the word beside it instead of being both.
/// </summary>
public sealed class AccentRestorer
{
    private static readonly string[] Fields = [SearchFields.Name, SearchFields.Aliases, SearchFields.Meta];

    private readonly FrozenDictionary<string, string> _pairs;

    private AccentRestorer(FrozenDictionary<string, string> pairs) => _pairs = pairs;

    public static AccentRestorer Empty { get; } = new(FrozenDictionary<string, string>.Empty);

    /// <summary>Each accented pair of the accented fields, under its folded spelling; the most frequent spelling wins.</summary>
    public static AccentRestorer Read(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (term, docFreq) in IndexBigrams.Of(reader, Fields))
        {
            counts[term] = counts.GetValueOrDefault(term) + docFreq;
        }

        var best = new Dictionary<string, (string Pair, int Count)>(StringComparer.Ordinal);
        foreach (var (pair, count) in counts)
        {
            var folded = FoldedKey.Of(pair);
            if (folded.Count(c => c == ' ') != 1)
            {
                continue;
            }

            if (!best.TryGetValue(folded, out var current) || count > current.Count || (count == current.Count && string.CompareOrdinal(pair, current.Pair) < 0))
            {
                best[folded] = (pair, count);
            }
        }

        // A pair the catalogue mostly spells without accents ("vneid", model codes) has nothing to restore.
        return new AccentRestorer(best.Where(kv => kv.Value.Pair != kv.Key).ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Pair, StringComparer.Ordinal));
    }

    /// <summary>
    /// The accented spelling of each pair of adjacent folded syllables the catalogue knows ("so do" → "sổ đỏ"), in order;
    /// <paramref name="restored"/> marks the syllables some pair restored.
    /// </summary>
    public List<string> Restore(IReadOnlyList<string> syllables, bool[] restored)
    {
        ArgumentNullException.ThrowIfNull(syllables);
        var pairs = new List<string>();
        var lookup = _pairs.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i + 1 < syllables.Count; i++)
        {
            var (first, second) = (syllables[i], syllables[i + 1]);
            var length = first.Length + 1 + second.Length;
            if (length > buffer.Length)
            {
                continue;
            }

            first.CopyTo(buffer);
            buffer[first.Length] = VietnameseAnalyzer.BigramSeparator[0];
            second.CopyTo(buffer[(first.Length + 1)..]);
            if (lookup.TryGetValue(buffer[..length], out var pair))
            {
                pairs.Add(pair);
                restored[i] = restored[i + 1] = true;
            }
        }

        return pairs;
    }
}
