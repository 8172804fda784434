using System.Collections.Frozen;
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

    /// <summary>All sections together, for ranking.</summary>
    public const string Body = "body";
    public const string BodyFolded = "body_f";

    private static readonly FrozenDictionary<SectionKind, string> SectionFields =
        SectionHeadings.All.ToFrozenDictionary(k => k, k => "section_" + k.ToString().ToLowerInvariant() + "_f");

    /// <summary>One folded field per section (heading + text), used to find the section that answers the query.</summary>
    public static string SectionFolded(SectionKind kind) => SectionFields[kind];

    public static IReadOnlyList<string> FoldedFields { get; } =
        [NameFolded, AliasesFolded, MetaFolded, BodyFolded, .. SectionFields.Values];
}
