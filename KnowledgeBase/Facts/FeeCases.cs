using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KnowledgeBase.Matching;
using KnowledgeBase.Procedures;
using KnowledgeBase.Text;

namespace KnowledgeBase.Facts;

/// <summary>
/// The cases a fee note lists with their own amounts ("+ Đối với thi sát hạch lái xe các hạng xe A1, A, B1: … 60.000
/// đồng/lần; + Đối với thi sát hạch lái xe ô tô (hạng xe B, …): … 100.000 đồng/lần") and the one a question names:
/// asked about a car licence's exam, the car's amounts are the answer, not the motorbike's that the cell states.
/// </summary>
public static partial class FeeCases
{
    // Asking words and the fee's own words name no case.
    private static readonly HashSet<string> NotCaseWords = new(
        AskingWords.Folded.Concat(["le", "phi", "het", "bao", "nhieu", "tien", "mat", "ton", "gia", "muc", "thu", "dong"]),
        StringComparer.Ordinal);

    // Read once per procedure instance: a fee question asks on every turn.
    private static readonly ConditionalWeakTable<Procedure, Case[]> CasesOf = [];

    /// <summary>
    /// The place among <see cref="Of"/> of the one case whose heading holds more of <paramref name="question"/>'s own
    /// words (not the procedure's name's) than any other, or -1 when none or several do equally.
    /// </summary>
    public static int NamedBy(Procedure procedure, string? question)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (string.IsNullOrWhiteSpace(question))
        {
            return -1;
        }

        var cases = CasesOf.GetValue(procedure, static p => Read(p));
        if (cases.Length < 2)
        {
            return -1;
        }

        // Typed with accents, a word must match as typed: "tổ chức" is not the "ô tô" of "lái ô tô".
        var typed = new TokenizedText(question);
        var accented = typed.HasDiacritics;
        var name = new TokenizedText(procedure.Name).Folded.ToHashSet(StringComparer.Ordinal);
        var asked = typed.Words.Zip(typed.Folded)
            .Where(w => !name.Contains(w.Second) && !NotCaseWords.Contains(w.Second) && !MatchLexicon.LinkWords.Contains(w.Second))
            .Select(w => accented ? w.First : w.Second)
            .ToHashSet(StringComparer.Ordinal);
        var scores = cases.Select(c => (accented ? c.Words : c.Folded).Count(asked.Contains)).ToList();
        var best = scores.Max();
        return best > 0 && scores.Count(s => s == best) == 1 ? scores.IndexOf(best) : -1;
    }

    /// <summary>The clauses of the first channel's fee note that state an amount, each "heading: amounts".</summary>
    public static IReadOnlyList<string> Of(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return CasesOf.GetValue(procedure, static p => Read(p)).Select(c => c.Clause).ToArray();
    }

    private static Case[] Read(Procedure procedure)
    {
        var fee = procedure.Channels.Select(c => c.Fee).FirstOrDefault(f => !string.IsNullOrWhiteSpace(f));
        var open = fee?.IndexOf('(', StringComparison.Ordinal) ?? -1;
        var close = fee?.LastIndexOf(')') ?? -1;
        if (fee is null || open < 0 || close <= open)
        {
            return [];
        }

        return Bullet().Split(fee[(open + 1)..close])
            .Select(c => c.Trim().TrimEnd(';', ',', '.').Trim())
            // Dated amounts (reductions until a day) are the fee reader's: quoted here, an ended one would read as today's.
            .Where(c => c.Contains(':', StringComparison.Ordinal) && Amount().IsMatch(c) && !Date().IsMatch(c))
            .Select(Case.Of)
            .ToArray();
    }

    /// <summary>A clause and the words of its heading (before its first colon), as typed and folded.</summary>
    private sealed record Case(string Clause, HashSet<string> Words, HashSet<string> Folded)
    {
        public static Case Of(string clause)
        {
            var heading = new TokenizedText(clause[..clause.IndexOf(':', StringComparison.Ordinal)]);
            return new Case(clause, heading.Words.ToHashSet(StringComparer.Ordinal), heading.Folded.ToHashSet(StringComparer.Ordinal));
        }
    }

    // "+ " or "- " opening the note or following a clause's end.
    [GeneratedRegex(@"(?:^|(?<=[;:.]))\s*[+\-]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\d{1,2}/\d{1,2}/\d{4}")]
    private static partial Regex Date();

    [GeneratedRegex(@"\d[\d.,]*\s*(?:đồng|đ\b|VNĐ|vnđ)")]
    private static partial Regex Amount();
}
