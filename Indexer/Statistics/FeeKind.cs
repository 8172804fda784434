using System.Text.RegularExpressions;
using KnowledgeBase.Procedures;

namespace Indexer.Statistics;

internal enum FeeKind
{
    Free,
    Paid,
    Unknown,
}

/// <summary>Classifies a procedure's fees from its channels table, for catalogue statistics only (never shown to citizens).</summary>
internal static partial class FeeClassifier
{
    public static FeeKind Classify(Procedure procedure)
    {
        var fees = procedure.Channels.Select(c => c.Fee).OfType<string>().ToArray();
        if (fees.Any(f => Amount().IsMatch(f)))
        {
            return FeeKind.Paid;
        }

        return fees.Any(f => Free().IsMatch(f)) ? FeeKind.Free : FeeKind.Unknown;
    }

    // A non-zero amount followed by a currency word: "70,000 Việt Nam Đồng", "Lệ phí : 70000 Đồng", "50.000 đồng".
    [GeneratedRegex(@"[1-9][\d.,]*\s*(Việt Nam\s*)?(đồng|VNĐ|VND)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    [GeneratedRegex(@"miễn|không thu|0 đồng", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Free();
}
