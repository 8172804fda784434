using KnowledgeBase.Editing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bot.Workspace.Pages;

/// <summary><c>/bien-tap/nhat-ky</c>: the newest changes editors made (who, when, which file, which lines), from the shared audit log.</summary>
public sealed class AuditLogModel(AuditLog audit) : PageModel
{
    /// <summary>Entries shown; older ones stay in the file (<c>KnowledgeBase:Editing:AuditPath</c>/edits.jsonl).</summary>
    public const int MaxEntries = 200;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() => Entries = await audit.ReadRecentAsync(MaxEntries, HttpContext.RequestAborted);
}
