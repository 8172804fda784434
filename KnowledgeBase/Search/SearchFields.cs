using KnowledgeBase.Procedures;

namespace KnowledgeBase.Search;

/// <summary>Names of the Lucene fields of a procedure document, shared by the index writer and the searcher.</summary>
public static class SearchFields
{
    /// <summary>Catalogue code, indexed verbatim for exact lookup.</summary>
    public const string Code = "code";

    /// <summary>The whole <see cref="Procedure"/> as JSON, so the index answers without the content folder.</summary>
    public const string Stored = "procedure";

    /// <summary>Filter keys (see <see cref="FilterKeys"/>): one value per level, the field (lĩnh vực), the ministry.</summary>
    public const string LevelKey = "level_key";
    public const string FieldKey = "field_key";
    public const string MinistryKey = "ministry_key";

    public const string Name = "name";
    public const string NameFolded = "name_f";
    public const string Aliases = "aliases";
    public const string AliasesFolded = "aliases_f";

    /// <summary>Field (lĩnh vực), ministry, agency and applicant: who and what the procedure is about.</summary>
    public const string Meta = "meta";
    public const string MetaFolded = "meta_f";

    /// <summary>
    /// Every section (heading + text) in document order, folded syllables, for ranking. Each section is a separate
    /// value with a position gap of <see cref="SectionPositions.Gap"/>, so a matched position tells which section it
    /// is in: the best section is read from the postings instead of indexing every section again.
    /// </summary>
    public const string BodyFolded = "body_f";

    /// <summary>
    /// The code, the name and the aliases, one per line, as a doc value: re-ranking reads them for 30 hits per query
    /// without decompressing and deserializing the stored procedures (only the hits returned need those).
    /// </summary>
    public const string Names = "names";

    /// <summary>The procedure's narrower audience (see <see cref="Procedure.Audience"/>) as a doc value, for re-ranking.</summary>
    public const string Audience = "audience";

    /// <summary>
    /// Whole names and aliases as exact folded keys ("cap lai the can cuoc"): a question that contains a complete
    /// name or alias, or whose synonyms expand to one, names that procedure (see <see cref="PhraseKeys"/>).
    /// </summary>
    public const string PhraseKey = "phrase_key";

    /// <summary>
    /// The starts of each name's phrase key (see <see cref="PhraseKeys.PrefixesOf"/>): citizens type the start of a long
    /// official name ("khai báo tạm trú cho người nước ngoài") and leave out the conditions that follow.
    /// </summary>
    public const string PhrasePrefix = "phrase_prefix";

    /// <summary>Each name's object, its key less the leading action words (see <see cref="PhraseKeys.ObjectsOf"/>).</summary>
    public const string PhraseObject = "phrase_object";

    /// <summary>Fields analysed with folded syllables and bigrams.</summary>
    public static IReadOnlyList<string> FoldedFields { get; } = [NameFolded, AliasesFolded, MetaFolded];
}
