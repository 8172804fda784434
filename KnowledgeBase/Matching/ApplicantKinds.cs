using KnowledgeBase.Procedures;

namespace KnowledgeBase.Matching;

/// <summary>
/// Who may file a procedure, as the catalogue's applicant list says: a record only organisations file ("Doanh nghiệp,
/// Tổ chức") is not what a household asks for when a sibling record is filed by citizens too.
/// </summary>
internal static class ApplicantKinds
{
    private const string Citizens = "Công dân Việt Nam";

    // Any person among the applicants: the portal's lists are loose ("ghi chú ly hôn" lists only Vietnamese abroad,
    // a farm land swap only civil servants), so a record is the organisations' only when it names no person at all.
    private static readonly string[] Persons = [Citizens, "Người Việt Nam định cư", "Người nước ngoài", "Cán bộ", "công chức", "viên chức", "Đảng viên"];

    /// <summary>How a question names an organisation (folded, as typed): a company, a cooperative, a club, an agency, or a business
    /// the citizen runs ("xưởng gỗ nhà mình": the catalogue may list only organisations for what it needs). Not the
    /// hospitals or schools citizens name as places ("đăng ký khám ban đầu ở bệnh viện huyện").</summary>
    private static readonly string[] Organisation =
        [.. BusinessKinds.Company, "to chuc", "hop tac xa", "htx", "clb", "cau lac bo", "co quan", "don vi",
        "xuong", "cua hang", "tiem", "co so", "nha may"];

    /// <summary>Whether the catalogue lists who files <paramref name="procedure"/> and no person is among them.</summary>
    public static bool OrganisationsOnly(Procedure procedure) =>
        procedure.Applicant is { Length: > 0 } applicant && !Persons.Any(p => applicant.Contains(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether citizens may file <paramref name="procedure"/>, as its applicant list says.</summary>
    public static bool ForCitizens(Procedure procedure) =>
        procedure.Applicant is { } applicant && applicant.Contains(Citizens, StringComparison.Ordinal);

    /// <summary>How a citizen speaks for their own household (folded, as typed): "nhà tôi", "nhà mình", "gia đình em".</summary>
    private static readonly string[] Household =
        ["nha toi", "nha minh", "nha em", "nha chau", "nha tui", "gia dinh toi", "gia dinh minh", "gia dinh em", "gia dinh chau", "ho gia dinh toi"];

    /// <summary>
    /// Whether the question (read by <paramref name="typed"/>, folded phrases as typed) speaks for a household and names
    /// no organisation. Silence is not enough: the portal's formal questions come from companies that rarely say so.
    /// </summary>
    public static bool SpeaksForHousehold(Func<string, bool> typed) => Household.Any(typed) && !Organisation.Any(typed);
}
