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

    // Any organisation among the applicants ("Doanh nghiệp", "Tổ chức (không bao gồm doanh nghiệp, HTX)", "Hợp tác xã").
    private static readonly string[] Organisations = ["Doanh nghiệp", "Tổ chức", "Hợp tác xã"];

    /// <summary>Whether the catalogue lists who files <paramref name="procedure"/> and no organisation is among them.</summary>
    public static bool PersonsOnly(Procedure procedure) => procedure.Applicant is { Length: > 0 } && !ForOrganisations(procedure);

    /// <summary>Whether organisations may file <paramref name="procedure"/>, as its applicant list says.</summary>
    public static bool ForOrganisations(Procedure procedure) =>
        procedure.Applicant is { } applicant && Organisations.Any(o => applicant.Contains(o, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// How a citizen speaks for an organisation they run, folded as typed: "cty mình", "công ty tôi", "phòng khám của
    /// tôi". A company named as a place or a counterpart ("làm ở công ty") is not enough: the owner's words are needed.
    /// </summary>
    private static readonly string[] OwnOrganisation =
        [.. from kind in new[] { "cong ty", "cty", "doanh nghiep", "phong kham", "trung tam", "hop tac xa", "htx", "co so" }
            from owner in new[] { "minh", "toi", "em", "chung toi", "cua toi", "cua minh", "cua em", "ben toi", "ben minh", "ben em" }
            select kind + " " + owner];

    /// <summary>Whether the question speaks for an organisation the citizen runs and not for a household.</summary>
    public static bool SpeaksForOrganisation(Func<string, bool> typed) => OwnOrganisation.Any(typed) && !Household.Any(typed);

    /// <summary>Whether citizens may file <paramref name="procedure"/>, as its applicant list says.</summary>
    public static bool ForCitizens(Procedure procedure) =>
        procedure.Applicant is { } applicant && applicant.Contains(Citizens, StringComparison.Ordinal);

    /// <summary>How a name says its applicants are persons, folded: "… của chủ rừng là hộ gia đình, cá nhân".</summary>
    private static readonly string[] PersonPhrases = ["ho gia dinh", "ca nhan", "cong dan", "cong dong dan cu"];

    /// <summary>Whether these folded words of a name (what follows the part it shares with a sibling) name persons.</summary>
    public static bool NamesPersons(IEnumerable<string> foldedWords)
    {
        var text = " " + string.Join(' ', foldedWords) + " ";
        return PersonPhrases.Any(p => text.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    /// <summary>How a name says its applicants are organisations, folded: "… cho cơ quan, tổ chức".</summary>
    private static readonly string[] OrganisationPhrases = ["co quan", "to chuc", "doanh nghiep", "hop tac xa"];

    /// <summary>Whether these folded words of a name (what follows the part it shares with a sibling) name organisations.</summary>
    public static bool NamesOrganisations(IEnumerable<string> foldedWords)
    {
        var text = " " + string.Join(' ', foldedWords) + " ";
        return OrganisationPhrases.Any(p => text.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    /// <summary>How a citizen speaks for their own household (folded, as typed): "nhà tôi", "nhà mình", "gia đình em".</summary>
    private static readonly string[] Household =
        ["nha toi", "nha minh", "nha em", "nha chau", "nha tui", "gia dinh toi", "gia dinh minh", "gia dinh em", "gia dinh chau", "ho gia dinh toi"];

    /// <summary>
    /// Whether the question (read by <paramref name="typed"/>, folded phrases as typed) speaks for a household and names
    /// no organisation. Silence is not enough: the portal's formal questions come from companies that rarely say so.
    /// </summary>
    public static bool SpeaksForHousehold(Func<string, bool> typed) => Household.Any(typed) && !Organisation.Any(typed);
}
