using System.Collections.Frozen;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search;

/// <summary>
/// Reads the abbreviations people write for the catalogue's terms ("GPLHX", "CSKN", "DVMTR", "HTX") from the
/// catalogue itself: the initials of every run of three to six syllables in a name or alias, with the run that most
/// names share for each. A question word no name or alias contains and that has at most one vowel (Vietnamese
/// syllables have more; initialisms seldom do) is read as the run it abbreviates. The editors' synonyms file spells
/// the common ones out; this covers the many it does not.
/// </summary>
public sealed class Initialisms
{
    private const int MinSyllables = 3;
    private const int MaxSyllables = 6;

    private readonly FrozenDictionary<string, string> _phrases;

    private Initialisms(FrozenDictionary<string, string> phrases) => _phrases = phrases;

    public static Initialisms Empty { get; } = new(FrozenDictionary<string, string>.Empty);

    public int Count => _phrases.Count;

    /// <summary>
    /// The initials of the runs in each procedure's names and aliases, as the phrase fields hold them (folded, their
    /// first ten syllables): every key and start of a procedure is read, and the runs of the longest ones counted once
    /// per procedure.
    /// </summary>
    public static Initialisms Read(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var phrasesOf = new Dictionary<int, List<string>>();
        foreach (var field in new[] { SearchFields.PhraseKey, SearchFields.PhrasePrefix })
        {
            var terms = MultiFields.GetTerms(reader, field)?.GetEnumerator();
            var liveDocs = MultiFields.GetLiveDocs(reader);
            DocsEnum? docs = null;
            while (terms is not null && terms.MoveNext())
            {
                var phrase = terms.Term.Utf8ToString();
                docs = terms.Docs(liveDocs, docs, DocsFlags.NONE);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (!phrasesOf.TryGetValue(docs.DocID, out var phrases))
                    {
                        phrasesOf[docs.DocID] = phrases = [];
                    }

                    AddLongest(phrases, phrase);
                }
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var runsOfDoc = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrases in phrasesOf.Values)
        {
            runsOfDoc.Clear();
            foreach (var phrase in phrases)
            {
                var syllables = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var start = 0; start < syllables.Length; start++)
                {
                    for (var length = MinSyllables; length <= MaxSyllables && start + length <= syllables.Length; length++)
                    {
                        runsOfDoc.Add(string.Join(' ', syllables, start, length));
                    }
                }
            }

            foreach (var run in runsOfDoc)
            {
                counts[run] = counts.GetValueOrDefault(run) + 1;
            }
        }

        var best = new Dictionary<string, (string Run, int Count)>(StringComparer.Ordinal);
        foreach (var (run, count) in counts)
        {
            // Three letters abbreviate too many runs by chance: a run of three must be in two names or more.
            var initials = InitialsOf(run);
            if (initials.Length == MinSyllables && count < 2)
            {
                continue;
            }

            if (!best.TryGetValue(initials, out var current) || count > current.Count ||
                (count == current.Count && string.CompareOrdinal(run, current.Run) < 0))
            {
                best[initials] = (run, count);
            }
        }

        return new Initialisms(best.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Run, StringComparer.Ordinal));
    }

    /// <summary>The folded run <paramref name="word"/> abbreviates, or null when it does not look like an initialism or none is known.</summary>
    public string? Expand(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinSyllables || word.Length > MaxSyllables || !word.All(char.IsAsciiLetterLower) || word.Count(IsVowel) > 1)
        {
            return null;
        }

        return _phrases.GetValueOrDefault(word);
    }

    /// <summary>Keeps only phrases no other phrase of the procedure starts with: a name's starts are inside the name.</summary>
    private static void AddLongest(List<string> phrases, string phrase)
    {
        foreach (var known in phrases)
        {
            if (known.StartsWith(phrase, StringComparison.Ordinal))
            {
                return;
            }
        }

        phrases.RemoveAll(known => phrase.StartsWith(known, StringComparison.Ordinal));
        phrases.Add(phrase);
    }

    private static string InitialsOf(string run)
    {
        Span<char> initials = stackalloc char[MaxSyllables];
        var count = 0;
        var atStart = true;
        foreach (var c in run)
        {
            if (c == ' ')
            {
                atStart = true;
            }
            else if (atStart)
            {
                initials[count++] = c;
                atStart = false;
            }
        }

        return new string(initials[..count]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
