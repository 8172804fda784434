using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Matching;

/// <summary>
/// Ages a procedure's name is limited to ("cho người dưới 14 tuổi", "từ đủ 14 tuổi trở lên") and the age a citizen
/// states ("con tôi 5 tuổi", "bé 8 tháng tuổi"): a stated age decides between such records instead of a question back.
/// </summary>
public static partial class AgeLimits
{
    /// <summary>The age the folded question states, in whole years; null when it states none or several.</summary>
    public static int? StatedAge(string question)
    {
        var folded = VietnameseText.Fold(question ?? "");
        var ages = StatedAgePattern().Matches(folded)
            .Select(m => m.Groups["months"].Success ? 0 : AgeOf(m))
            .Distinct()
            .ToList();
        return ages.Count == 1 ? ages[0] : null;
    }

    /// <summary>Whether <paramref name="procedure"/>'s name is limited to some ages.</summary>
    public static bool Limits(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return Limits(procedure.Name);
    }

    /// <summary>Whether <paramref name="procedure"/>'s name rules out a person of <paramref name="age"/>.</summary>
    public static bool Excludes(Procedure procedure, int age)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return Excludes(procedure.Name, age);
    }

    /// <summary>Whether <paramref name="text"/> (a name, a paper's line) is limited to some ages.</summary>
    public static bool Limits(string text)
    {
        var folded = VietnameseText.Fold(text ?? "");
        return AtLeastPattern().IsMatch(folded) || BelowPattern().IsMatch(folded);
    }

    /// <summary>Whether the ages <paramref name="text"/> is limited to rule out a person of <paramref name="age"/>.</summary>
    public static bool Excludes(string text, int age)
    {
        var name = VietnameseText.Fold(text ?? "");
        foreach (Match m in AtLeastPattern().Matches(name))
        {
            if (age < Number(m))
            {
                return true;
            }
        }

        foreach (Match m in BelowPattern().Matches(name))
        {
            if (age >= Number(m))
            {
                return true;
            }
        }

        return false;
    }

    // A bound the citizen states is an age inside it: "con dưới 14 tuổi" is 13 at most, not 14, which the card for
    // those under 14 excludes; "trên 60 tuổi" is past 60.
    private static int AgeOf(Match m)
    {
        var years = int.Parse(m.Groups["years"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return m.Groups["below"].Success ? Math.Max(0, years - 1) : m.Groups["above"].Success ? years + 1 : years;
    }

    private static int Number(Match m) => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?:(?<months>\d{1,2}) thang tuoi|(?:(?<below>duoi|chua du|chua den) |(?<above>tren|qua) )?(?<years>\d{1,3}) tuoi)\b")]
    private static partial Regex StatedAgePattern();

    // "từ đủ 14 tuổi trở lên", "từ 18 tuổi trở lên", "đủ 6 tuổi trở lên", "từ 14 tuổi đến dưới 18 tuổi".
    [GeneratedRegex(@"\b(?:tu du|tu|du) (?<n>\d{1,3}) tuoi (?:tro len|den)")]
    private static partial Regex AtLeastPattern();

    // "dưới 14 tuổi", "chưa đủ 14 tuổi".
    [GeneratedRegex(@"\b(?:duoi|chua du) (?<n>\d{1,3}) tuoi\b")]
    private static partial Regex BelowPattern();
}
