using Bot.Conversation;
using KnowledgeBase.Content;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Bot.Tests.Bot.Support;

/// <summary>
/// Temporary stand-in for the Lucene search until it lands on main: ranks fixture procedures by folded word
/// overlap with name, aliases and field. Replaced by a real index built in a temp folder once available.
/// </summary>
internal sealed class FixtureSearch : IProcedureSearch
{
    private readonly IReadOnlyList<Procedure> _procedures;

    public FixtureSearch(IReadOnlyList<Procedure> procedures) => _procedures = procedures;

    public bool IsLoaded => true;

    public IndexInfo? Info => new("fixture", "fixture", _procedures.Count, DateTimeOffset.UnixEpoch);

    public IReadOnlyList<SearchHit> Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var query = new TokenizedText(request.Query).Folded.ToHashSet();
        return _procedures
            .Select(p =>
            {
                var words = new TokenizedText(string.Join(' ', [p.Name, .. p.Aliases, p.Field ?? ""])).Folded;
                var score = words.Distinct().Count(query.Contains) / (1f + (0.05f * words.Length));
                return new SearchHit(p, score, null, "");
            })
            .Where(h => h.Score > 0)
            .OrderByDescending(h => h.Score)
            .Take(request.MaxResults)
            .ToList();
    }

    public Procedure? GetByCode(string code) => _procedures.FirstOrDefault(p => p.Code == code);
}

/// <summary>The Bot fixture catalogue (real catalogue records in Fixtures/bot-content), loaded once and shared read-only.</summary>
internal static class BotFixtures
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() => ContentLoader.Load(ContentPath));

    public static string ContentPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "bot-content");

    public static IReadOnlyList<Procedure> Procedures => Snapshot.Value.Procedures;

    public static IProcedureSearch CreateSearch() => new FixtureSearch(Procedures);
}
