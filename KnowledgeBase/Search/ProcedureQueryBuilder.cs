using KnowledgeBase.Caching;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Synonyms;
using KnowledgeBase.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>
/// Turns a citizen's text into a Lucene query without any query parser: the text only ever becomes analyzed terms,
/// so syntax characters, quotes or megabytes of garbage can neither fail nor change the query's meaning.
/// </summary>
public sealed class ProcedureQueryBuilder
{
    private static readonly (string? Accented, string Folded, Func<SearchTuning, float> Weight)[] RankedFields =
    [
        (SearchFields.Name, SearchFields.NameFolded, t => t.NameWeight),
        (SearchFields.Aliases, SearchFields.AliasesFolded, t => t.AliasWeight),
        (SearchFields.Meta, SearchFields.MetaFolded, t => t.MetaWeight),
        (null, SearchFields.BodyFolded, t => t.BodyWeight),
    ];

    // Keeps the query far below BooleanQuery's 1024-clause limit whatever MaxQueryLength is configured to;
    // 128 distinct terms is a long paragraph of Vietnamese.
    private const int MaxTermsPerKind = 48;
    private const int MaxSynonymMatches = 16;

    // Per generation (two are kept): bounds what garbage input can add.
    private const int TermClauseCacheSize = 8_192;

    private readonly SynonymSet _synonyms;
    private readonly SearchTuning _tuning;
    private readonly int _maxQueryLength;
    private readonly IndexVocabulary _vocabulary;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Expansion> _expansions = new(StringComparer.Ordinal);
    private readonly RecentCache<(AnalyzedTerm Term, bool Folded, float Weight), DisjunctionMaxQuery> _termClauses = new(TermClauseCacheSize);
    private readonly RecentCache<string, string> _foldedKeys = new(TermClauseCacheSize);

    /// <param name="vocabulary">
    /// The terms the index holds per field: a clause is only built for a (field, term) pair that exists, so the
    /// many question bigrams no name contains cost nothing; see <see cref="IndexVocabulary"/>.
    /// </param>
    public ProcedureQueryBuilder(SynonymSet synonyms, SearchTuning tuning, int maxQueryLength, IndexVocabulary? vocabulary = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxQueryLength, 1);
        _synonyms = synonyms;
        _tuning = tuning;
        _maxQueryLength = maxQueryLength;
        _vocabulary = vocabulary ?? IndexVocabulary.Empty;
    }

    /// <summary>The terms of the build this builder queries.</summary>
    public IndexVocabulary Vocabulary => _vocabulary;

    /// <summary>The syllables as typed, for the synonyms to check their diacritics; null when none were typed.</summary>
    internal static IReadOnlyList<string>? TypedSyllables(string text) =>
        text.All(char.IsAscii) ? null : SearchAnalyzers.Analyze(SearchAnalyzers.AccentedSyllables, text).Select(t => t.Text).ToList();

    public ProcedureQuery Build(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Classifiers.Without(FilingPhrase.Without(QuestionPreamble.Strip(Truncate(text, _maxQueryLength))));
        var codes = ProcedureCodes.Find(text);
        // One analyzer run for both spellings where it can: the folded syllables are the accented ones folded.
        var (accentedSyllables, accentedInARow) = SearchAnalyzers.Syllables(SearchAnalyzers.AccentedSyllables, text);
        var foldedSyllables = SearchAnalyzers.FoldedFrom(accentedSyllables)
            ?? SearchAnalyzers.Analyze(SearchAnalyzers.FoldedSyllables, text).Select(t => t.Text).ToList();
        var folded = Distinct(WithBigrams(foldedSyllables));
        var inARow = accentedInARow ? accentedSyllables : null;
        var accented = Distinct(inARow is not null ? WithBigrams(inARow) : SearchAnalyzers.Analyze(SearchAnalyzers.Accented, text));
        var matches = _synonyms.Match(foldedSyllables, () => inARow ?? TypedSyllables(text)).Take(MaxSynonymMatches).ToList();
        AddInitialisms(foldedSyllables, matches);

        // Words asking for a section ("bao lâu", "mất bao nhiêu tiền") choose the section, not the procedure: they
        // leave the ranking, so "mất" in "mất bao lâu" cannot pull up procedures about lost papers.
        var intents = new List<SectionKind>();
        var inIntent = new bool[foldedSyllables.Count];
        var intentTerms = new List<AnalyzedTerm>();
        foreach (var match in matches.ToArray())
        {
            if (SectionIntents.OfKeys(match.Alternatives.Select(a => Expand(a).Key)) is { } intent)
            {
                intents.Add(intent);
                intentTerms.AddRange(match.Alternatives.SelectMany(a => Expand(a).Syllables));
                Array.Fill(inIntent, true, match.Start, match.Length);
                matches.Remove(match);
            }
        }

        var intentOnly = foldedSyllables.Where((_, i) => inIntent[i]).ToHashSet(StringComparer.Ordinal);
        intentOnly.ExceptWith(foldedSyllables.Where((_, i) => !inIntent[i]));
        if (intentOnly.Count > 0)
        {
            folded = folded.Where(t => !Touches(t.Text, intentOnly)).ToList();
            accented = accented.Where(t => !Touches(FoldedKeyOf(t.Text), intentOnly)).ToList();
        }

        // Accents typed only in the section words ("lam lai can cuoc bao lâu") say nothing about the rest: it reads as
        // typed without diacritics, and the accents the catalogue most often puts on each pair stand in for them.
        var typedAccents = !accented.SequenceEqual(folded);
        var restored = new bool[foldedSyllables.Count];
        if (!typedAccents)
        {
            accented = RestoredAccents(foldedSyllables, restored);
            if (intentOnly.Count > 0)
            {
                accented = accented.Where(t => !Touches(FoldedKeyOf(t.Text), intentOnly)).ToList();
            }
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in folded)
        {
            AddIfAny(query, TermClause(term, folded: true, weight: 1f));
        }

        // Typed or restored accents only: unaccented words would add nothing but noise in the accented fields ("can"
        // would only match a literal "can").
        foreach (var term in accented)
        {
            AddIfAny(query, TermClause(term, folded: false, weight: _tuning.AccentedWeight));
        }

        if (_tuning.RareNameWeight > 0)
        {
            // A word few names hold ("abtc") names its procedures however many common words a long, formal question puts
            // around it ("… có phải đến trực tiếp cơ quan Quản lý xuất nhập cảnh để làm thủ tục không?").
            // Not one the editors' synonyms already spell out ("BHYT" is "bảo hiểm y tế", which many names hold).
            var spelledOut = matches.SelectMany(m => foldedSyllables.Skip(m.Start).Take(m.Length)).ToHashSet(StringComparer.Ordinal);
            var initialisms = Acronyms.In(text).Keys.Where(a => !spelledOut.Contains(a)).ToHashSet(StringComparer.Ordinal);
            foreach (var term in folded.Where(t => !t.IsBigram && initialisms.Contains(t.Text)))
            {
                if (_vocabulary.Lookup(SearchFields.NameFolded, term.Text) is { } context && context.DocFreq <= _tuning.RareNameDocs)
                {
                    query.Add(new TermQuery(new Term(SearchFields.NameFolded, term.Text), context) { Boost = _tuning.RareNameWeight }, Occur.SHOULD);
                }
            }
        }

        var expansionTerms = new List<AnalyzedTerm>();
        foreach (var match in matches)
        {
            // One clause per synonym match: the best-matching alternative counts, not the sum of all of them.
            var alternatives = new DisjunctionMaxQuery(0f) { Boost = _tuning.SynonymWeight };
            foreach (var phrase in match.Alternatives)
            {
                var phraseTerms = Expand(phrase).Terms;
                var phraseQuery = new BooleanQuery(disableCoord: true);
                foreach (var term in phraseTerms)
                {
                    AddIfAny(phraseQuery, TermClause(term, folded: true, weight: 1f));
                }

                if (phraseQuery.Clauses.Count > 0)
                {
                    alternatives.Add(phraseQuery);
                }

                expansionTerms.AddRange(phraseTerms);
            }

            if (alternatives.Disjuncts.Count > 0)
            {
                query.Add(alternatives, Occur.SHOULD);
            }
        }

        AddPhraseKeys(query, foldedSyllables, matches);
        var syllables = Distinct(folded.Concat(expansionTerms).Concat(intentTerms).Where(t => !t.IsBigram).ToList()).Select(t => t.Text).ToArray();
        var wording = new QueryWording(
            foldedSyllables,
            matches.SelectMany(m => m.Alternatives).Select(a => Expand(a).Key).Distinct(StringComparer.Ordinal).ToArray(),
            typedAccents ? accented.Where(t => !t.IsBigram).Select(t => t.Text).ToArray() : ReadAccents(foldedSyllables, accented, restored));
        return new ProcedureQuery(query.Clauses.Count == 0 ? null : query, codes, syllables, intents, wording);
    }

    /// <summary>
    /// A word no name or alias holds that abbreviates a run of the catalogue's names ("GPLHX") reads as that run, as a
    /// synonym would; the editors' synonyms come first and words they already read are left alone.
    /// </summary>
    private void AddInitialisms(List<string> syllables, List<SynonymMatch> matches)
    {
        for (var i = 0; i < syllables.Count && matches.Count < MaxSynonymMatches; i++)
        {
            var word = syllables[i];
            if (matches.Any(m => i >= m.Start && i < m.Start + m.Length) ||
                _vocabulary.Contains(SearchFields.NameFolded, word) ||
                _vocabulary.Contains(SearchFields.AliasesFolded, word))
            {
                continue;
            }

            if (_vocabulary.Initialisms.Expand(word) is { } phrase)
            {
                matches.Add(new SynonymMatch(i, 1, [phrase]));
            }
        }
    }

    /// <summary>The accented pairs (and their syllables) the catalogue spells for a question typed without diacritics.</summary>
    private List<AnalyzedTerm> RestoredAccents(List<string> syllables, bool[] restored)
    {
        var terms = new List<AnalyzedTerm>();
        foreach (var pair in _vocabulary.Accents.Restore(syllables, restored))
        {
            terms.Add(new AnalyzedTerm(pair, IsBigram: true));
            foreach (var syllable in pair.Split(VietnameseAnalyzer.BigramSeparator))
            {
                terms.Add(new AnalyzedTerm(syllable, IsBigram: false));
            }
        }

        return Distinct(terms);
    }

    /// <summary>
    /// How an unaccented question reads word by word: the restored syllables, and for an action word no pair restored,
    /// every spelling ("lai" alone may still be "lại"). Empty when nothing was restored: then every reading stays open.
    /// </summary>
    private static string[] ReadAccents(List<string> syllables, List<AnalyzedTerm> accented, bool[] restored)
    {
        if (accented.Count == 0)
        {
            return [];
        }

        var reading = accented.Where(t => !t.IsBigram).Select(t => t.Text).ToList();
        for (var i = 0; i < syllables.Count; i++)
        {
            if (!restored[i] && ActionWords.OtherActionSpellings.TryGetValue(syllables[i], out var spellings))
            {
                reading.AddRange(spellings);
            }
        }

        return reading.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// One query term across the ranked fields: the field where it matches best counts, the others a little. Built
    /// once per build and term: questions share most of their terms, and the clause (a query per field, each with
    /// its encoded term) was most of what building a query allocated. Lucene never changes a query it searches.
    /// </summary>
    private DisjunctionMaxQuery TermClause(AnalyzedTerm term, bool folded, float weight) =>
        _termClauses.GetOrAdd((term, folded, weight), this, static (key, self) => self.NewTermClause(key.Term, key.Folded, key.Weight));

    private DisjunctionMaxQuery NewTermClause(AnalyzedTerm term, bool folded, float weight)
    {
        var clause = new DisjunctionMaxQuery(_tuning.FieldTieBreaker)
        {
            Boost = weight * (term.IsBigram ? _tuning.BigramWeight : 1f),
        };
        foreach (var (accentedField, foldedField, fieldWeight) in RankedFields)
        {
            var field = folded ? foldedField : accentedField;
            if (field is not null && _vocabulary.Contains(field, term.Text) && !_vocabulary.IsCommon(field, term.Text))
            {
                var termQuery = _vocabulary.TermQuery(field, term.Text);
                termQuery.Boost = fieldWeight(_tuning);
                clause.Add(termQuery);
            }
        }

        return clause;
    }

    /// <summary>
    /// A run of the question's syllables that is a whole name or alias ("làm lại căn cước"), or a synonym expansion
    /// that is one ("mất cccd" → "cấp lại thẻ căn cước"), names the procedure: a constant bonus per syllable matched,
    /// so the longest, most specific name wins.
    /// </summary>
    private void AddPhraseKeys(BooleanQuery query, List<string> syllables, IEnumerable<SynonymMatch> matches)
    {
        if (_tuning.PhraseKeyWeight <= 0)
        {
            return;
        }

        var found = new Dictionary<string, float>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var objects = new Dictionary<string, int>(StringComparer.Ordinal);
        // Every run of up to ten syllables is looked up in three fields: assembled in one buffer, and a string made
        // only for the few runs that are keys.
        var buffer = new char[256];
        for (var start = 0; start < syllables.Count; start++)
        {
            var used = 0;
            for (var length = 1; length <= PhraseKeys.MaxSyllables && start + length <= syllables.Count; length++)
            {
                var syllable = syllables[start + length - 1];
                if (used + syllable.Length + 1 > buffer.Length)
                {
                    Array.Resize(ref buffer, (used + syllable.Length + 1) * 2);
                }

                if (length > 1)
                {
                    buffer[used++] = ' ';
                }

                syllable.CopyTo(buffer.AsSpan(used));
                used += syllable.Length;
                if (length < 2)
                {
                    continue;
                }

                var run = buffer.AsSpan(0, used);
                if (length <= 3 && !_vocabulary.StartsAPhrase(run))
                {
                    break;
                }

                if (_vocabulary.Contains(SearchFields.PhraseKey, run))
                {
                    found[run.ToString()] = length;
                }

                if (length >= PhraseKeys.MinPrefixSyllables && _vocabulary.Contains(SearchFields.PhrasePrefix, run))
                {
                    prefixes.Add(run.ToString());
                }

                if (length >= PhraseKeys.MinObjectSyllables && _vocabulary.Contains(SearchFields.PhraseObject, run))
                {
                    objects[run.ToString()] = length;
                }
            }
        }

        if (_tuning.PhraseObjectWeight > 0)
        {
            foreach (var (key, length) in objects.Take(MaxTermsPerKind))
            {
                query.Add(new ConstantScoreQuery(_vocabulary.TermQuery(SearchFields.PhraseObject, key)) { Boost = _tuning.PhraseObjectWeight * length }, Occur.SHOULD);
            }
        }

        // One bonus per matched start: a name whose first n syllables the question contains collects one for each
        // start of n, n-1, … syllables, so the longer the start, the larger the sum.
        if (_tuning.PhrasePrefixWeight > 0)
        {
            foreach (var prefix in prefixes.Take(MaxTermsPerKind))
            {
                query.Add(new ConstantScoreQuery(_vocabulary.TermQuery(SearchFields.PhrasePrefix, prefix)) { Boost = _tuning.PhrasePrefixWeight }, Occur.SHOULD);
            }
        }

        foreach (var alternative in matches.SelectMany(m => m.Alternatives))
        {
            var key = Expand(alternative).Key;
            if (_vocabulary.Contains(SearchFields.PhraseKey, key))
            {
                // The editors' reading of the question names a procedure less surely than the citizen's own words.
                found.TryAdd(key, (key.Count(c => c == ' ') + 1) * _tuning.SynonymPhraseKeyShare);
            }
        }

        foreach (var (key, length) in found.Take(MaxTermsPerKind))
        {
            query.Add(new ConstantScoreQuery(_vocabulary.TermQuery(SearchFields.PhraseKey, key)) { Boost = _tuning.PhraseKeyWeight * length }, Occur.SHOULD);
        }
    }

    /// <summary>
    /// The analysis of a synonym alternative, done once: alternatives are a fixed set per build (the bundled file),
    /// so the cache is bounded by the file's size.
    /// </summary>
    private Expansion Expand(string phrase) => _expansions.GetOrAdd(phrase, static p =>
    {
        var syllables = SearchAnalyzers.Analyze(SearchAnalyzers.FoldedSyllables, p);
        return new Expansion(Distinct(WithBigrams(syllables.Select(t => t.Text).ToList())), syllables, string.Join(' ', syllables.Select(t => t.Text)));
    });

    /// <summary><see cref="FoldedKey.Of"/> of a synonym alternative, from its analysis done once per build.</summary>
    internal string KeyOf(string alternative) => Expand(alternative).Key;

    /// <summary>Folded syllables with the bigram of each adjacent pair, in the order the folded analyzer emits them.</summary>
    private static List<AnalyzedTerm> WithBigrams(List<string> syllables)
    {
        var terms = new List<AnalyzedTerm>(syllables.Count * 2);
        for (var i = 0; i < syllables.Count; i++)
        {
            terms.Add(new AnalyzedTerm(syllables[i], IsBigram: false));
            if (i + 1 < syllables.Count)
            {
                terms.Add(new AnalyzedTerm(syllables[i] + VietnameseAnalyzer.BigramSeparator + syllables[i + 1], IsBigram: true));
            }
        }

        return terms;
    }

    private sealed record Expansion(List<AnalyzedTerm> Terms, List<AnalyzedTerm> Syllables, string Key);

    private static void AddIfAny(BooleanQuery query, DisjunctionMaxQuery clause)
    {
        if (clause.Disjuncts.Count > 0)
        {
            query.Add(clause, Occur.SHOULD);
        }
    }

    /// <summary><see cref="FoldedKey.Of"/> of a question's accented term, once per build and term (an analyzer run each).</summary>
    private string FoldedKeyOf(string term) => _foldedKeys.GetOrAdd(term, 0, static (term, _) => FoldedKey.Of(term));

    /// <summary>True when a unigram or either half of a bigram is one of <paramref name="syllables"/>.</summary>
    private static bool Touches(string term, HashSet<string> syllables)
    {
        // Over spans: a split of every term into new strings was most of filtering out a section's words.
        var lookup = syllables.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var part in term.AsSpan().Split(VietnameseAnalyzer.BigramSeparator))
        {
            if (lookup.Contains(term.AsSpan(part)))
            {
                return true;
            }
        }

        return false;
    }

    internal static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        // Never cut a surrogate pair in half.
        var length = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..length];
    }

    /// <summary>The first <see cref="MaxTermsPerKind"/> distinct terms, in order (a loop: LINQ's Where/Take/ToList cost more than the work).</summary>
    private static List<AnalyzedTerm> Distinct(List<AnalyzedTerm> terms)
    {
        var seen = new HashSet<string>(terms.Count, StringComparer.Ordinal);
        var distinct = new List<AnalyzedTerm>(Math.Min(terms.Count, MaxTermsPerKind));
        foreach (var term in terms)
        {
            if (distinct.Count == MaxTermsPerKind)
            {
                break;
            }

            if (seen.Add(term.Text))
            {
                distinct.Add(term);
            }
        }

        return distinct;
    }
}

/// <summary>
/// A built query: the ranking query (null when the text has no searchable words), codes found in the text, and
/// the folded syllables of the text and its synonyms, which pick the best section and are highlighted, and the
/// sections the citizen asked about (see <see cref="SectionIntents"/>), and how the citizen worded it.
/// </summary>
public sealed record ProcedureQuery(Query? Ranking, IReadOnlyList<string> Codes, IReadOnlyList<string> Syllables, IReadOnlyList<SectionKind> Intents, QueryWording Wording);

/// <summary>
/// The question's own folded syllables in order, each synonym alternative it matched (folded, space-separated), and
/// its words with their diacritics (lowercase): as typed, or as restored from the catalogue's spelling of each pair of
/// words (with every spelling of an action word no pair restored) when the citizen typed none; empty when neither.
/// </summary>
public sealed record QueryWording(IReadOnlyList<string> Text, IReadOnlyList<string> Expansions, IReadOnlyList<string> Accented);
