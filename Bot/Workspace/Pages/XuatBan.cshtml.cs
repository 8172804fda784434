using KnowledgeBase.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bot.Workspace.Pages;

/// <summary>
/// Publishing: what changed since the last publish, the publish button (validate, build, regression cases, switch),
/// the kept builds, and a one-click rollback to the previous one.
/// </summary>
public sealed class XuatBanModel(ContentPublisher publisher, AuditLog audit) : PageModel
{
    private const int AuditEntriesRead = 500;

    public ContentChanges? Pending { get; private set; }

    public IReadOnlyList<PublishedBuild> History { get; private set; } = [];

    /// <summary>Who published or rolled back to each build, from the audit log (build name → entry).</summary>
    public IReadOnlyDictionary<string, AuditEntry> PublishedBy { get; private set; } = new Dictionary<string, AuditEntry>();

    public PublishResult? Published { get; private set; }

    public RollbackResult? RolledBack { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        Published = await publisher.PublishAsync(EditorWorkspace.EditorName(User), cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync([FromForm] string? build, CancellationToken cancellationToken)
    {
        RolledBack = await publisher.RollbackAsync(EditorWorkspace.EditorName(User), string.IsNullOrWhiteSpace(build) ? null : build, cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Pending = publisher.PendingChanges(cancellationToken);
        History = publisher.History();
        var entries = await audit.ReadRecentAsync(AuditEntriesRead, cancellationToken);
        var byBuild = new Dictionary<string, AuditEntry>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Action == AuditEntry.Publish && e.Build is not null))
        {
            // Newest first, so the first entry per build wins.
            byBuild.TryAdd(entry.Build!, entry);
        }

        PublishedBy = byBuild;
    }
}
