namespace KnowledgeBase.Search;

/// <summary>
/// Ranking weights, tuned against the dev set (<c>Indexer eval</c>). Kept in one place so a change is one diff
/// and every weight is explained.
/// </summary>
public sealed record SearchTuning
{
    public static SearchTuning Default { get; } = new();

    /// <summary>The procedure name is what citizens describe; a match there outweighs the same words deep in a section.</summary>
    public float NameWeight { get; init; } = 2f;

    /// <summary>Editor-written colloquial names.</summary>
    public float AliasWeight { get; init; } = 3f;

    /// <summary>Field, ministry, agency and applicant.</summary>
    public float MetaWeight { get; init; } = 0.5f;

    public float BodyWeight { get; init; } = 1.2f;

    /// <summary>Folded fields match any spelling; an exact diacritic match adds this much more evidence.</summary>
    public float AccentedWeight { get; init; } = 0.5f;

    /// <summary>Adjacent syllables matched together ("căn cước", "khai sinh") mean a whole word matched.</summary>
    public float BigramWeight { get; init; } = 0.8f;

    /// <summary>A synonym alternative stands in for the citizen's words.</summary>
    public float SynonymWeight { get; init; } = 1f;

    /// <summary>
    /// Re-ranking of the top <see cref="RerankDepth"/> hits: score × (1 + boost × share of the name's syllables the
    /// query (with synonyms) covers). Prefers "Cấp lại thẻ căn cước" over longer names that merely contain it.
    /// </summary>
    public float NameCoverageBoost { get; init; } = 1f;

    /// <summary>
    /// Constant bonus per syllable when the question contains a procedure's whole name or alias, or a synonym expands
    /// to one (see <see cref="PhraseKeys"/>).
    /// </summary>
    public float PhraseKeyWeight { get; init; } = 10f;

    /// <summary>Share of <see cref="PhraseKeyWeight"/> a name or alias gets when only a synonym expansion spells it.</summary>
    public float SynonymPhraseKeyShare { get; init; } = 0.5f;

    /// <summary>
    /// Constant bonus per syllable when the question contains a name's object, the name less its leading action words
    /// (see <see cref="PhraseKeys.ObjectsOf"/>).
    /// </summary>
    public float PhraseObjectWeight { get; init; } = 5f;

    /// <summary>
    /// Constant bonus for each start of a procedure's name the question contains (at least
    /// <see cref="PhraseKeys.MinPrefixSyllables"/> syllables, see <see cref="PhraseKeys.PrefixesOf"/>).
    /// </summary>
    public float PhrasePrefixWeight { get; init; } = 10f;

    /// <summary>Body syllables in more than this share of procedures are not searched in the bodies (see <see cref="ProcedureQueryBuilder"/>).</summary>
    public float CommonBodyTermShare { get; init; } = 0.3f;

    public int RerankDepth { get; init; } = 30;

    /// <summary>
    /// Re-ranking factor for a procedure with a narrower audience (<see cref="Procedures.Procedure.Audience"/>) the
    /// question does not name: police-family health insurance cards rank below the cards everyone gets.
    /// </summary>
    public float UnaskedAudienceFactor { get; init; } = 0.5f;

    /// <summary>
    /// Extra weight of a term typed in capitals that few names hold (at most <see cref="RareNameDocs"/>, "ABTC"): it
    /// names its procedures however many common words a long, formal question puts around it. 0 turns the clause off.
    /// Chosen among 0, 2, 5, 10 and 20 on the portal FAQ dev set; at 5 the dev and held-out sets do not move.
    /// </summary>
    public float RareNameWeight { get; init; } = 5f;

    /// <summary>How many names a word may be in and still count as rare (<see cref="RareNameWeight"/>).</summary>
    public int RareNameDocs { get; init; } = 12;

    /// <summary>Share of the non-best fields' score kept per term (dismax tie breaker).</summary>
    public float FieldTieBreaker { get; init; } = 0.2f;

    /// <summary>
    /// The learned re-ranking of the top hits applied after everything above (<see cref="Search.LearnedRanking"/>):
    /// the bundled weights by default, null for the hand-made ranking alone.
    /// </summary>
    public LearnedRanking? LearnedRanking { get; init; } = LearnedRanking.Bundled;
}
