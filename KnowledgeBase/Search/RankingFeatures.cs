using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>
/// What <see cref="LearnedRanking"/> knows of each of the top hits, from what the search has already computed: the
/// hand-made ranking's order and score; the hit's BM25 score split by kind of clause (single words, word pairs,
/// accented words, synonyms, phrase keys, name starts, name objects) and, for the folded words, by field (name,
/// aliases, meta, bodies: a BM25F view beside the dismax); how much of its name the question covers and how much of
/// the question its names cover; the official name's words the question lacks and its action words ("lại", "gia
/// hạn"…) the question asks for or not; and some of these again for long questions (formal letters read differently
/// from a citizen's few words). Scores are divided by the best candidate's, so weights do not depend on how many words
/// a question has. The per-field scores are extra clause look-ups (cached per build like every clause).
/// </summary>
internal static class RankingFeatures
{
    /// <summary>The features in order; a weights file names them so a file from other code is refused.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "prior", "score", "words", "pairs", "accented", "synonyms", "phraseKeys", "prefixes", "objects",
        "nameField", "aliasField", "metaField", "bodyField",
        "nameCoverage", "questionCoverage", "coreCoverage", "coreMissing", "askedActions", "unaskedActions",
        "long*prior", "long*score", "long*words", "long*nameCoverage", "long*questionCoverage", "long*coreMissing",
        "long*nameField", "long*bodyField",
    ];

    private const int Prior = 0;
    private const int Score = 1;
    private const int FirstKind = 2;
    private const int KindCount = 7;
    private const int FirstField = 9;
    private const int FieldCount = 4;
    private const int NameShare = 13;
    private const int QuestionShare = 14;

    // Questions of at most this many syllables count as short; the weight of "long" grows to 1 over the next LongSpan.
    private const int ShortQuestion = 10;
    private const float LongSpan = 30f;

    // Name words the question lacks count up to this many (the long tail of a long name says little more).
    private const int MissingCap = 10;

    /// <summary>One feature row per hit of <paramref name="top"/>, in its order.</summary>
    public static float[][] Of(ClauseScores clauses, IndexSearcher searcher, ProcedureQuery query, ReadOnlySpan<(int Doc, float Score)> top, Func<int, NameSyllables> namesOf)
    {
        var count = top.Length;
        var docs = new int[count];
        for (var i = 0; i < count; i++)
        {
            docs[i] = top[i].Doc;
        }

        var kinds = new float[KindCount + FieldCount][];
        for (var k = 0; k < kinds.Length; k++)
        {
            kinds[k] = new float[count];
        }

        if (query.Ranking is BooleanQuery ranking)
        {
            foreach (var clause in ranking.Clauses)
            {
                var kind = KindOf(clause.Query);
                if (kind >= 0)
                {
                    clauses.AddScores(searcher, clause.Query, docs, kinds[kind]);
                }

                // A folded word's score per field, summed over the question's words: a BM25F view beside the dismax.
                if (kind is 0 or 1)
                {
                    foreach (var disjunct in ((DisjunctionMaxQuery)clause.Query).Disjuncts)
                    {
                        if (FieldOf(disjunct) is var field and >= 0)
                        {
                            clauses.AddScores(searcher, disjunct, docs, kinds[KindCount + field]);
                        }
                    }
                }
            }
        }

        var wanted = query.Syllables.ToHashSet(StringComparer.Ordinal);
        var question = query.Wording.Text;
        var askedWords = NameSyllables.AskedWords(question);
        var longness = Math.Clamp((question.Count - ShortQuestion) / LongSpan, 0f, 1f);
        var topScore = count == 0 ? 0f : top[0].Score;
        var rows = new float[count][];
        for (var i = 0; i < count; i++)
        {
            var row = rows[i] = new float[Names.Count];
            var names = namesOf(docs[i]);
            row[Prior] = 1f / (1 + i);
            row[Score] = topScore > 0 ? top[i].Score / topScore : 0f;
            for (var k = 0; k < KindCount; k++)
            {
                row[FirstKind + k] = Relative(kinds[k], i);
            }

            for (var f = 0; f < FieldCount; f++)
            {
                row[FirstField + f] = Relative(kinds[KindCount + f], i);
            }

            row[NameShare] = names.BestShare(wanted);
            row[QuestionShare] = names.QuestionShare(askedWords);
            var (coreShare, missing, asked, unasked) = names.CoreAgainst(wanted);
            row[15] = coreShare;
            row[16] = Math.Min(missing, MissingCap) / (float)MissingCap;
            row[17] = Math.Min(asked, 2) / 2f;
            row[18] = Math.Min(unasked, 2) / 2f;
            row[19] = longness * row[Prior];
            row[20] = longness * row[Score];
            row[21] = longness * row[FirstKind];
            row[22] = longness * row[NameShare];
            row[23] = longness * row[QuestionShare];
            row[24] = longness * row[16];
            row[25] = longness * row[FirstField];
            row[26] = longness * row[FirstField + 3];
        }

        return rows;
    }

    private static float Relative(float[] column, int i)
    {
        var best = 0f;
        foreach (var value in column)
        {
            best = Math.Max(best, value);
        }

        return best > 0 ? column[i] / best : 0f;
    }

    private static int FieldOf(Query disjunct) => disjunct is TermQuery term
        ? term.Term.Field switch
        {
            SearchFields.NameFolded => 0,
            SearchFields.AliasesFolded => 1,
            SearchFields.MetaFolded => 2,
            SearchFields.BodyFolded => 3,
            _ => -1,
        }
        : -1;

    /// <summary>True for a word pair's term ("can cuoc"), read from its bytes without decoding them.</summary>
    private static bool IsPair(Lucene.Net.Util.BytesRef bytes) =>
        bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).Contains((byte)' ');

    /// <summary>The kind of a ranking clause as <see cref="ProcedureQueryBuilder"/> builds them; -1 for none.</summary>
    private static int KindOf(Query clause) => clause switch
    {
        ConstantScoreQuery { Query: TermQuery key } => key.Term.Field switch
        {
            SearchFields.PhraseKey => 4,
            SearchFields.PhrasePrefix => 5,
            SearchFields.PhraseObject => 6,
            _ => -1,
        },
        DisjunctionMaxQuery { Disjuncts: [TermQuery term, ..] } => term.Term.Field switch
        {
            SearchFields.Name or SearchFields.Aliases or SearchFields.Meta => 2,
            _ when IsPair(term.Term.Bytes) => 1,
            _ => 0,
        },
        DisjunctionMaxQuery => 3,
        _ => -1,
    };
}
