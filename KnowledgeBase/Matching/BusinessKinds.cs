using KnowledgeBase.Indexing;
using KnowledgeBase.Procedures;

namespace KnowledgeBase.Matching;

/// <summary>
/// Whom a business procedure is for, by its name: a household business ("hộ kinh doanh") or a company ("doanh
/// nghiệp", "công ty"). Citizens at a service centre ask for both and say which one they run.
/// </summary>
internal static class BusinessKinds
{
    public enum Kind
    {
        Household,
        Company,
    }

    /// <summary>How a question names a household business (folded, as typed).</summary>
    public static readonly string[] Household = ["ho kinh doanh", "hkd", "ho ca the", "kinh doanh ca the"];

    /// <summary>How a question names a company (folded, as typed).</summary>
    public static readonly string[] Company = ["cong ty", "cty", "doanh nghiep", "tnhh", "co phan"];

    /// <summary>The words of a company's kind in names (folded): "công ty trách nhiệm hữu hạn", "TNHH", "cổ phần", "doanh nghiệp".</summary>
    public static readonly HashSet<string> CompanyWords = new(
        ["cong", "ty", "tnhh", "trach", "nhiem", "huu", "han", "co", "phan", "doanh", "nghiep"], StringComparer.Ordinal);

    /// <summary>Whom <paramref name="procedure"/> is for; null when its name says neither or both.</summary>
    public static Kind? Of(Procedure procedure)
    {
        var name = " " + ProcedureVocabulary.Of(procedure).FamilyName + " ";
        var household = name.Contains(" ho kinh doanh ", StringComparison.Ordinal);
        var company = name.Contains(" doanh nghiep ", StringComparison.Ordinal) || name.Contains(" cong ty ", StringComparison.Ordinal);
        return household == company ? null : household ? Kind.Household : Kind.Company;
    }
}
