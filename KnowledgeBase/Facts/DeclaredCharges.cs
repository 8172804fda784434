using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>
/// Procedures that declare a tax or a charge ("Khai lệ phí trước bạ nhà, đất", "Khai thuế …", "Quyết toán thuế …"):
/// asked "lệ phí trước bạ bao nhiêu", a citizen wants the charge itself, which the law sets per case, not the fee for
/// filing the declaration, which is usually none. Answering "không mất lệ phí" would tell them the tax is zero.
/// </summary>
public static partial class DeclaredCharges
{
    /// <summary>
    /// Whether a fee question about <paramref name="procedure"/> asks the charge it declares: the question names the
    /// charge ("lệ phí trước bạ bao nhiêu", "thuế bao nhiêu") and does not ask whether filing costs anything ("quyết
    /// toán thuế có mất phí không").
    /// </summary>
    public static bool AskedFor(Procedure procedure, string? question)
    {
        if (question is null || ChargeOf(procedure) is not { } charge)
        {
            return false;
        }

        var folded = " " + VietnameseText.Fold(question) + " ";
        var named = charge == "lệ phí trước bạ" ? folded.Contains(" truoc ba ", StringComparison.Ordinal) : folded.Contains(" thue ", StringComparison.Ordinal);
        return named && !FilingFeeWords.Any(w => folded.Contains(" " + w + " ", StringComparison.Ordinal));
    }

    // How a question asks whether the filing itself costs something.
    private static readonly string[] FilingFeeWords = ["mat phi", "co phi", "mien phi", "mat tien", "ton phi", "phi khong", "mat le phi"];

    /// <summary>The charge <paramref name="procedure"/> declares, as a citizen names it ("lệ phí trước bạ", "thuế"); null when it declares none.</summary>
    public static string? ChargeOf(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var folded = VietnameseText.Fold(procedure.Name);
        if (!Declaration().IsMatch(folded))
        {
            return null;
        }

        return folded.Contains("le phi truoc ba", StringComparison.Ordinal) ? "lệ phí trước bạ" : folded.Contains("thue", StringComparison.Ordinal) ? "thuế" : "lệ phí";
    }

    [GeneratedRegex(@"^(?:thu tuc )?(?:khai|quyet toan|nop|dang ky nop)\b.{0,40}?\b(?:le phi|thue)\b")]
    private static partial Regex Declaration();
}
