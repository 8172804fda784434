using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KnowledgeBase.Matching;
using KnowledgeBase.Procedures;

namespace KnowledgeBase.Facts;

/// <summary>Papers that differ by the applicant's age: a form's version for a child, papers only a child brings.</summary>
public sealed partial record CoreDocuments
{
    /// <summary>Whether <paramref name="procedure"/>'s papers differ by the applicant's age ("… người chưa đủ 14 tuổi").</summary>
    public static bool VaryWithAge(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return AgeVarying.GetValue(procedure, static p => new StrongBox<bool>(p.GetSection(SectionKind.Documents) is { } s && AgeLimits.Limits(s.Text))).Value;
    }

    private static readonly ConditionalWeakTable<Procedure, StrongBox<bool>> AgeVarying = [];

    /// <summary>
    /// <paramref name="item"/> as it applies to a person of <paramref name="age"/>: of a bracket's versions by age
    /// ("mẫu TK01 dành cho người từ 14 tuổi trở lên; mẫu TK01a dành cho người chưa đủ 14 tuổi") the one that admits the
    /// age; null when the whole line is for other ages.
    /// </summary>
    private static string? ForAge(string item, int age)
    {
        if (!AgeLimits.Limits(item))
        {
            return item;
        }

        var text = AgeVersions().Replace(item, m =>
        {
            var versions = m.Groups["versions"].Value.Split(';', StringSplitOptions.TrimEntries);
            var kept = versions.Where(v => !AgeLimits.Excludes(v, age)).ToList();
            return versions.All(AgeLimits.Limits) && kept.Count > 0 && kept.Count < versions.Length ? "(" + string.Join("; ", kept) + ")" : m.Value;
        });
        return AgeLimits.Excludes(FirstSentence(text), age) ? null : text;
    }

    /// <summary>
    /// The paper's own sentence: what follows is about others ("… Đối với người chưa đủ 14 tuổi thì người đại diện
    /// hợp pháp khai và ký thay" does not make an adult's form a child's).
    /// </summary>
    private static string FirstSentence(string item)
    {
        var end = item.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? item : item[..end];
    }

    [GeneratedRegex(@"\((?<versions>[^()]*;[^()]*)\)")]
    private static partial Regex AgeVersions();
}
