using System.Text.RegularExpressions;
using KnowledgeBase.Text;

namespace KnowledgeBase.Procedures;

/// <summary>The catalogue levels ("Cấp xã", "Cấp tỉnh", "Cấp bộ") and which one a procedure is performed at.</summary>
public static partial class ProcedureLevels
{
    public const string Commune = "Cấp xã";
    public const string Province = "Cấp tỉnh";
    public const string Ministry = "Cấp bộ";

    /// <summary>
    /// The levels shown to citizens: the one a name's "(thực hiện tại …)" or trailing "thực hiện tại cấp …" states
    /// when it states one, else the catalogue's level list.
    /// </summary>
    public static IReadOnlyList<string> Of(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        // Folded with its brackets: "(cấp TW)" states the level only while the brackets are there.
        var folded = VietnameseText.FoldKeepingPunctuation(procedure.Name);
        var match = PerformedAt().Match(folded);
        if (match.Success)
        {
            var at = match.Groups["at"].Value;
            var stated = new List<string>(3);
            if (at.Contains("xa", StringComparison.Ordinal) || at.Contains("huyen", StringComparison.Ordinal))
            {
                stated.Add(Commune);
            }

            if (at.Contains("tinh", StringComparison.Ordinal) || at.Contains("thanh pho", StringComparison.Ordinal))
            {
                stated.Add(Province);
            }

            if (at.Contains("trung uong", StringComparison.Ordinal) || at.Contains("cap bo", StringComparison.Ordinal) || at.Contains("cap tw", StringComparison.Ordinal))
            {
                stated.Add(Ministry);
            }

            if (stated.Count > 0)
            {
                return stated;
            }
        }

        return procedure.Levels;
    }

    /// <summary>True when a procedure serves the given level.</summary>
    public static bool IsAt(Procedure procedure, string level) => Of(procedure).Contains(level);

    /// <summary>
    /// Where a Hanoi resident files: the commune or ward first, then the city, then a ministry; a record without a
    /// level last. Lower is preferred.
    /// </summary>
    public static int CitizenRank(string? level) => level switch
    {
        Commune => 0,
        Province => 1,
        Ministry => 2,
        _ => 3,
    };

    /// <summary>The most local level a procedure is performed at, or "" when the catalogue gives none.</summary>
    public static string MostLocal(Procedure procedure) =>
        Of(procedure).OrderBy(CitizenRank).FirstOrDefault() ?? "";

    // "(thực hiện tại cấp tỉnh)", "(cấp trung ương)", "(Cấp TW)", or a trailing "thực hiện tại cấp trung ương, cấp tỉnh, cấp xã".
    [GeneratedRegex(@"\((?:thuc hien (?:tai|o) )?(?<at>cap [^)]*)\)|thuc hien (?:tai|o) (?<at>cap (?:xa|huyen|tinh|bo|tw|trung uong)(?:,? (?:va |hoac )?cap (?:xa|huyen|tinh|bo|tw|trung uong))*)[\s.;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PerformedAt();
}
