using System.Collections.Concurrent;
using System.Collections.Frozen;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>
/// The terms one index build holds in the fields a query searches, read once when the build is opened. Query
/// time is dominated by per-clause work (weights, term lookups, scorers), and most of a question's syllable pairs
/// exist in no name: building clauses only for terms that exist keeps long questions fast. Also knows which body
/// syllables are common (see <see cref="SearchTuning.CommonBodyTermShare"/>), and caches each term's lookup in the
/// terms dictionary: a build's reader never changes (builds are immutable; a new build is a new reader).
/// </summary>
public sealed class IndexVocabulary
{
    private static readonly string[] Fields =
    [
        SearchFields.Name, SearchFields.NameFolded, SearchFields.Aliases, SearchFields.AliasesFolded,
        SearchFields.Meta, SearchFields.MetaFolded, SearchFields.BodyFolded, SearchFields.PhraseKey, SearchFields.PhrasePrefix,
        SearchFields.PhraseObject,
    ];

    private readonly FrozenDictionary<string, FrozenSet<string>>? _terms;
    // Fields whose very common terms are left out of queries: section bodies and meta (agency, applicant), where
    // "cấp", "xã", "cá nhân" are in most procedures.
    private static readonly FrozenSet<string> CommonPruned = new[] { SearchFields.BodyFolded, SearchFields.Meta, SearchFields.MetaFolded }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenSet<(string Field, string Term)> _common;
    private readonly FrozenSet<string> _phraseStarts;
    private readonly IndexReaderContext? _context;
    private readonly ConcurrentDictionary<(string Field, string Text), TermContext> _lookups = new();

    private IndexVocabulary(FrozenDictionary<string, FrozenSet<string>>? terms, FrozenSet<(string Field, string Term)> common, IndexReaderContext? context, AccentRestorer accents, Initialisms initialisms, NamePairCounts namePairs)
    {
        _terms = terms;
        _phraseStarts = PhraseStarts(terms);
        _common = common;
        _context = context;
        Accents = accents;
        Initialisms = initialisms;
        NamePairs = namePairs;
    }

    /// <summary>No index: every term may exist, none is common, no phrase keys, no accents to restore.</summary>
    public static IndexVocabulary Empty { get; } = new(null, FrozenSet<(string Field, string Term)>.Empty, null, AccentRestorer.Empty, Initialisms.Empty, NamePairCounts.Empty);

    /// <summary>How this build's catalogue spells pairs of syllables, for questions typed without diacritics.</summary>
    public AccentRestorer Accents { get; }

    /// <summary>The abbreviations this build's names and aliases explain ("gplhx" → "giay phep luu hanh xe").</summary>
    public Initialisms Initialisms { get; }

    /// <summary>How often this build's names and aliases hold each pair of syllables.</summary>
    public NamePairCounts NamePairs { get; }

    public static IndexVocabulary Read(IndexReader reader, float commonBodyShare)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var commonDocFreq = Math.Max(1, (int)(commonBodyShare * reader.NumDocs) + 1);
        var common = new HashSet<(string, string)>();
        var terms = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            var enumerator = MultiFields.GetTerms(reader, field)?.GetEnumerator();
            while (enumerator is not null && enumerator.MoveNext())
            {
                var term = enumerator.Term.Utf8ToString();
                set.Add(term);
                if (CommonPruned.Contains(field) && enumerator.DocFreq >= commonDocFreq)
                {
                    common.Add((field, term));
                }
            }

            terms[field] = set.ToFrozenSet(StringComparer.Ordinal);
        }

        return new IndexVocabulary(terms.ToFrozenDictionary(StringComparer.Ordinal), common.ToFrozenSet(), reader.Context, AccentRestorer.Read(reader), Initialisms.Read(reader), NamePairCounts.Read(reader));
    }

    /// <summary>True when <paramref name="field"/> may hold <paramref name="term"/> (always, for <see cref="Empty"/>, except phrase keys).</summary>
    public bool Contains(string field, string term)
    {
        if (_terms is null)
        {
            return field is not (SearchFields.PhraseKey or SearchFields.PhrasePrefix or SearchFields.PhraseObject);
        }

        return _terms.TryGetValue(field, out var set) && set.Contains(term);
    }

    /// <summary>As <see cref="Contains(string, string)"/>, for a term being assembled in a buffer (no string per candidate).</summary>
    public bool Contains(string field, ReadOnlySpan<char> term)
    {
        if (_terms is null)
        {
            return field is not (SearchFields.PhraseKey or SearchFields.PhrasePrefix or SearchFields.PhraseObject);
        }

        return _terms.TryGetValue(field, out var set) && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(term);
    }

    /// <summary>
    /// False when no phrase key, prefix or object opens with these two or three syllables: then none opens with a longer
    /// run from the same word either, and a question's phrase lookup moves on to its next word. True without an index.
    /// </summary>
    public bool StartsAPhrase(ReadOnlySpan<char> run) =>
        _terms is null || _phraseStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(run);

    /// <summary>The first two and the first three syllables of every phrase key, prefix and object.</summary>
    private static FrozenSet<string> PhraseStarts(FrozenDictionary<string, FrozenSet<string>>? terms)
    {
        var starts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in (string[])[SearchFields.PhraseKey, SearchFields.PhrasePrefix, SearchFields.PhraseObject])
        {
            if (terms is null || !terms.TryGetValue(field, out var set))
            {
                continue;
            }

            foreach (var term in set)
            {
                var words = term.Split(' ');
                for (var count = 2; count <= Math.Min(3, words.Length); count++)
                {
                    starts.Add(string.Join(' ', words, 0, count));
                }
            }
        }

        return starts.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>A term query whose terms-dictionary lookup is done once per build and reused by every later query.</summary>
    public TermQuery TermQuery(string field, string text)
    {
        var term = new Term(field, text);
        if (_context is null || _terms is null || !_terms.ContainsKey(field))
        {
            return new TermQuery(term);
        }

        var states = _lookups.GetOrAdd((field, text), static (key, context) => TermContext.Build(context, new Term(key.Field, key.Text)), _context);
        return new TermQuery(term, states);
    }

    /// <summary>
    /// The cached terms-dictionary lookup of a term (null when the field does not hold it, or without an index), for
    /// readers that need positions or the document frequency.
    /// </summary>
    public TermContext? Lookup(string field, string text)
    {
        if (_context is null || _terms is null || !Contains(field, text))
        {
            return null;
        }

        return _lookups.GetOrAdd((field, text), static (key, context) => TermContext.Build(context, new Term(key.Field, key.Text)), _context);
    }

    /// <summary>True when the term is in more than the configured share of documents in a pruned field (bodies, meta).</summary>
    public bool IsCommon(string field, string term) => _common.Contains((field, term));
}
