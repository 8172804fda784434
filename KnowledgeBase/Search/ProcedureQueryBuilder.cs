using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Synonyms;
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
    private const int MaxTermsPerKind = 128;
    private const int MaxSynonymMatches = 16;

    private readonly SynonymSet _synonyms;
    private readonly SearchTuning _tuning;
    private readonly int _maxQueryLength;

    public ProcedureQueryBuilder(SynonymSet synonyms, SearchTuning tuning, int maxQueryLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxQueryLength, 1);
        _synonyms = synonyms;
        _tuning = tuning;
        _maxQueryLength = maxQueryLength;
    }

    public ProcedureQuery Build(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Truncate(text, _maxQueryLength);
        var codes = ProcedureCodes.Find(text);
        var folded = Distinct(SearchAnalyzers.Analyze(SearchAnalyzers.Folded, text));
        var accented = Distinct(SearchAnalyzers.Analyze(SearchAnalyzers.Accented, text));
        var foldedSyllables = SearchAnalyzers.Analyze(SearchAnalyzers.FoldedSyllables, text).Select(t => t.Text).ToList();
        var matches = _synonyms.Match(foldedSyllables).Take(MaxSynonymMatches).ToList();

        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in folded)
        {
            query.Add(TermClause(term, folded: true, weight: 1f), Occur.SHOULD);
        }

        // Without diacritics the accented fields add nothing but noise ("can" would only match a literal "can").
        if (!accented.SequenceEqual(folded))
        {
            foreach (var term in accented)
            {
                query.Add(TermClause(term, folded: false, weight: _tuning.AccentedWeight), Occur.SHOULD);
            }
        }

        var expansionTerms = new List<AnalyzedTerm>();
        foreach (var match in matches)
        {
            // One clause per synonym match: the best-matching alternative counts, not the sum of all of them.
            var alternatives = new DisjunctionMaxQuery(0f) { Boost = _tuning.SynonymWeight };
            foreach (var phrase in match.Alternatives)
            {
                var phraseTerms = Distinct(SearchAnalyzers.Analyze(SearchAnalyzers.Folded, phrase));
                var phraseQuery = new BooleanQuery(disableCoord: true);
                foreach (var term in phraseTerms)
                {
                    phraseQuery.Add(TermClause(term, folded: true, weight: 1f), Occur.SHOULD);
                }

                alternatives.Add(phraseQuery);
                expansionTerms.AddRange(phraseTerms);
            }

            query.Add(alternatives, Occur.SHOULD);
        }

        var syllables = Distinct(folded.Concat(expansionTerms).Where(t => !t.IsBigram).ToList()).Select(t => t.Text).ToArray();
        return new ProcedureQuery(query.Clauses.Count == 0 ? null : query, codes, syllables, matches.Count);
    }

    /// <summary>One query term across the ranked fields: the field where it matches best counts, the others a little.</summary>
    private DisjunctionMaxQuery TermClause(AnalyzedTerm term, bool folded, float weight)
    {
        var clause = new DisjunctionMaxQuery(_tuning.FieldTieBreaker)
        {
            Boost = weight * (term.IsBigram ? _tuning.BigramWeight : 1f),
        };
        foreach (var (accentedField, foldedField, fieldWeight) in RankedFields)
        {
            var field = folded ? foldedField : accentedField;
            if (field is not null)
            {
                clause.Add(new TermQuery(new Term(field, term.Text)) { Boost = fieldWeight(_tuning) });
            }
        }

        return clause;
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

    private static List<AnalyzedTerm> Distinct(List<AnalyzedTerm> terms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return terms.Where(t => seen.Add(t.Text)).Take(MaxTermsPerKind).ToList();
    }
}

/// <summary>
/// A built query: the ranking query (null when the text has no searchable words), codes found in the text, and
/// the folded syllables of the text and its synonyms, which pick the best section and are highlighted.
/// </summary>
public sealed record ProcedureQuery(Query? Ranking, IReadOnlyList<string> Codes, IReadOnlyList<string> Syllables, int SynonymMatches);
