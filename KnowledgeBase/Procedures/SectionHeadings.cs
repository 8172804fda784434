using System.Collections.Frozen;
using System.Text;

namespace KnowledgeBase.Procedures;

/// <summary>Maps the Vietnamese H2 headings editors write to <see cref="SectionKind"/> and back.</summary>
public static class SectionHeadings
{
    private static readonly (SectionKind Kind, string Heading)[] Table =
    [
        (SectionKind.Steps, "Trình tự thực hiện"),
        (SectionKind.Channels, "Cách thức thực hiện"),
        (SectionKind.Documents, "Thành phần hồ sơ"),
        (SectionKind.ProcessingTime, "Thời hạn giải quyết"),
        (SectionKind.Fees, "Phí, lệ phí"),
        (SectionKind.Applicants, "Đối tượng thực hiện"),
        (SectionKind.Agency, "Cơ quan thực hiện"),
        (SectionKind.Requirements, "Yêu cầu, điều kiện"),
        (SectionKind.Result, "Kết quả"),
        (SectionKind.LegalBasis, "Căn cứ pháp lý"),
    ];

    private static readonly FrozenDictionary<string, SectionKind> ByHeading =
        Table.ToFrozenDictionary(t => Normalize(t.Heading), t => t.Kind, StringComparer.Ordinal);

    private static readonly FrozenDictionary<SectionKind, string> ByKind =
        Table.ToFrozenDictionary(t => t.Kind, t => t.Heading);

    /// <summary>Sections every procedure file must have: the ones citizens ask about most.</summary>
    public static IReadOnlyList<SectionKind> Required { get; } =
        [SectionKind.Steps, SectionKind.Documents, SectionKind.ProcessingTime, SectionKind.Fees, SectionKind.Agency];

    public static IReadOnlyList<SectionKind> All { get; } = Table.Select(t => t.Kind).ToArray();

    public static string HeadingOf(SectionKind kind) => ByKind[kind];

    public static bool TryParse(string heading, out SectionKind kind) =>
        ByHeading.TryGetValue(Normalize(heading), out kind);

    // Editors type headings by hand: tolerate case, NFD input and stray spacing, nothing more.
    private static string Normalize(string heading) =>
        string.Join(' ', heading.Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
