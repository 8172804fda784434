using Bot.Workspace.Editing;
using KnowledgeBase.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bot.Workspace.Pages.ThuTuc;

/// <summary>Finds a procedure to edit, by its code or by words of its name, in the published index.</summary>
public sealed class IndexModel(ProcedureLookup lookup) : PageModel
{
    private const int MaxResults = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Procedure> Results { get; private set; } = [];

    public void OnGet(CancellationToken cancellationToken) => Results = lookup.Find(Query, MaxResults, cancellationToken);
}
