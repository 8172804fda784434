using KnowledgeBase.Content;

namespace KnowledgeBase.Editing;

/// <summary>
/// The content files that differ between two states (a build and the folder, or two builds), by path relative to the
/// content folder; procedure files are named after their code, so each list also reads as procedures.
/// </summary>
public sealed record ContentChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed)
{
    public static ContentChanges None { get; } = new([], [], []);

    public bool Any => Added.Count + Removed.Count + Changed.Count > 0;

    public int Count => Added.Count + Removed.Count + Changed.Count;

    public static ContentChanges Between(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new(
            after.Keys.Where(k => !before.ContainsKey(k)).Order(StringComparer.Ordinal).ToArray(),
            before.Keys.Where(k => !after.ContainsKey(k)).Order(StringComparer.Ordinal).ToArray(),
            after.Where(kv => before.TryGetValue(kv.Key, out var hash) && hash != kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The procedure code of a file path ("procedures/1.014064.md" → "1.014064"); null for synonyms.txt and the like.</summary>
    public static string? ProcedureCode(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var prefix = ContentLoader.ProceduresFolder + "/";
        return relativePath.StartsWith(prefix, StringComparison.Ordinal) && relativePath.EndsWith(".md", StringComparison.Ordinal)
            ? relativePath[prefix.Length..^3]
            : null;
    }
}
