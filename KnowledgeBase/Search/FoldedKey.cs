using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search;

/// <summary>
/// The folded form of a short phrase used as an exact key: level/field/ministry filters and synonym phrases.
/// "Cấp xã", "cấp  xã" and "CAP XA" share the key "cap xa"; "Cấp xã" and "Cấp tỉnh" never do.
/// </summary>
public static class FoldedKey
{
    public static string Of(string value) =>
        string.Join(' ', SearchAnalyzers.Analyze(SearchAnalyzers.FoldedSyllables, value).Select(t => t.Text));
}
