using KnowledgeBase.Editing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bot.Workspace.Pages;

/// <summary>The audit log, newest first: who changed which file when, and the lines the change removed and added.</summary>
public sealed class NhatKyModel(AuditLog audit) : PageModel
{
    private const int Shown = 200;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await audit.ReadRecentAsync(Shown, cancellationToken);
}
