using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bot.Workspace.Pages.ThuTuc;

/// <summary>Finds a procedure to edit, by its code or by words of its name, in the published index.</summary>
public sealed class IndexModel(IProcedureSearch search) : PageModel
{
    private const int MaxResults = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Procedure> Results { get; private set; } = [];

    public void OnGet(CancellationToken cancellationToken)
    {
        var query = Query?.Trim();
        if (string.IsNullOrEmpty(query))
        {
            return;
        }

        var byCode = search.GetByCode(query);
        var hits = search.Search(new SearchRequest(query) { MaxResults = MaxResults }, cancellationToken).Select(h => h.Procedure);
        Results = (byCode is null ? hits : hits.Prepend(byCode)).DistinctBy(p => p.Code).Take(MaxResults).ToList();
    }
}
