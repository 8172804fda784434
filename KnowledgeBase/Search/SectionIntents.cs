using System.Collections.Frozen;
using KnowledgeBase.Procedures;

namespace KnowledgeBase.Search;

/// <summary>
/// Recognises synonym expansions that name a section heading ("bao lâu" → "thời hạn giải quyết", "bao nhiêu tiền"
/// → "phí, lệ phí"): such words ask which part of a procedure the citizen wants, not which procedure.
/// </summary>
public static class SectionIntents
{
    // Whole headings and their comma-separated parts ("Phí, lệ phí" → "phi le phi", "phi", "le phi").
    private static readonly FrozenDictionary<string, SectionKind> ByKey = SectionHeadings.All
        .SelectMany(kind => new[] { SectionHeadings.HeadingOf(kind) }
            .Concat(SectionHeadings.HeadingOf(kind).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(phrase => (Key: FoldedKey.Of(phrase), Kind: kind)))
        .DistinctBy(x => x.Key)
        .ToFrozenDictionary(x => x.Key, x => x.Kind, StringComparer.Ordinal);

    /// <summary>The section all <paramref name="alternatives"/> name, or null when any of them is not a heading.</summary>
    public static SectionKind? Of(IReadOnlyList<string> alternatives) => OfKeys(alternatives.Select(FoldedKey.Of));

    /// <summary>As <see cref="Of"/>, for alternatives already folded (<see cref="FoldedKey"/>): the query builder keeps them per build.</summary>
    public static SectionKind? OfKeys(IEnumerable<string> keys)
    {
        SectionKind? kind = null;
        foreach (var key in keys)
        {
            if (!ByKey.TryGetValue(key, out var k) || (kind is not null && kind != k))
            {
                return null;
            }

            kind = k;
        }

        return kind;
    }
}
