using KnowledgeBase.Procedures;

namespace KnowledgeBase.Facts;

/// <summary>
/// A section as lines: list items and paragraphs alike ("Bước 1: …" often comes as paragraphs), without list markers,
/// emphasis or escapes, blank lines dropped.
/// </summary>
public static class SectionLines
{
    public static IReadOnlyList<string> Of(ProcedureSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section.Markdown.Split('\n')
            .Select(l => l.Replace("**", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal).Trim().TrimStart('-', '+', '*', '•', ' ').Trim())
            .Where(l => l.Length > 0)
            .ToArray();
    }
}
