using System.Globalization;
using System.Text;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Bot.Tests.Bot.Llm;

/// <summary>
/// A tiny search over the fixture procedures (accent-insensitive word overlap on names), enough to exercise the
/// plugin's contract without building a Lucene index.
/// </summary>
internal sealed class InMemoryProcedureSearch(IReadOnlyCollection<Procedure> procedures) : IProcedureSearch
{
    public bool IsLoaded => true;

    public IndexInfo? Info => new("test", "fixtures", procedures.Count, DateTimeOffset.UnixEpoch);

    public IReadOnlyList<SearchHit> Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var words = Fold(request.Query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return procedures
            .Select(p => (Procedure: p, Score: words.Count(w => Fold(p.Name).Contains(w, StringComparison.Ordinal))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Take(request.MaxResults)
            .Select(x => new SearchHit(x.Procedure, x.Score, SectionKind.Fees, x.Procedure.Name))
            .ToArray();
    }

    public Procedure? GetByCode(string code) => procedures.FirstOrDefault(p => p.Code == code);

    private static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
