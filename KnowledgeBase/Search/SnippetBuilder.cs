using KnowledgeBase.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace KnowledgeBase.Search;

/// <summary>
/// Cuts the passage of a section that best matches the query and marks matched words in Markdown bold
/// (<c>**căn cước**</c>). Matching is on folded syllables, so a query typed without diacritics highlights too.
/// </summary>
internal static class SnippetBuilder
{
    private const string HighlightField = "snippet";
    private const string Mark = "**";
    private const string Ellipsis = "…";

    // Sections can be long legal texts; the best passage is almost always near the start.
    private const int MaxCharsToAnalyze = 20_000;

    public static string Build(string text, IReadOnlyList<string> syllables, int length)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        string? fragment = null;
        if (syllables.Count > 0)
        {
            var query = new BooleanQuery(disableCoord: true);
            foreach (var syllable in syllables)
            {
                query.Add(new TermQuery(new Term(HighlightField, syllable)), Occur.SHOULD);
            }

            var highlighter = new Highlighter(new SimpleHTMLFormatter(Mark, Mark), new QueryTermScorer(query))
            {
                TextFragmenter = new SimpleFragmenter(length),
                MaxDocCharsToAnalyze = MaxCharsToAnalyze,
            };
            using var stream = SearchAnalyzers.FoldedSyllables.GetTokenStream(HighlightField, text);
            fragment = highlighter.GetBestFragment(stream, text);
        }

        if (fragment is null)
        {
            return Lead(text, length);
        }

        // "**cấp** **lại**" reads better as "**cấp lại**".
        fragment = fragment.Replace(Mark + " " + Mark, " ", StringComparison.Ordinal).Trim();
        var plain = fragment.Replace(Mark, "", StringComparison.Ordinal);
        var prefix = text.StartsWith(plain, StringComparison.Ordinal) ? "" : Ellipsis;
        var suffix = text.TrimEnd().EndsWith(plain, StringComparison.Ordinal) ? "" : Ellipsis;
        return prefix + fragment + suffix;
    }

    /// <summary>The start of the text, cut at a word boundary.</summary>
    internal static string Lead(string text, int length)
    {
        text = text.Trim();
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)].TrimEnd() + Ellipsis;
    }
}
