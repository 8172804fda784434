using Bot.WebPages;
using Bot.Workspace.Editing;
using KnowledgeBase.Content;
using KnowledgeBase.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bot.Workspace.Pages.ThuTuc;

/// <summary>
/// One procedure file in a textarea: check it (the messages and line numbers of <c>Indexer validate</c>), preview its
/// page, ask the assistant a trial question against the edited text, and save it (refused when another editor saved
/// the file since it was opened: the ETag).
/// </summary>
public sealed class EditModel(ContentStore store, TrialAssistant trial, ProcedurePageRenderer renderer) : PageModel
{
    public enum EditStatus
    {
        Opened,
        Saved,
        Conflict,
        Invalid,
        Valid,
        Tried,
    }

    [FromRoute]
    public string Code { get; set; } = "";

    [BindProperty]
    public string Text { get; set; } = "";

    [BindProperty]
    public string ETag { get; set; } = "";

    [BindProperty]
    public string? Question { get; set; }

    public EditStatus Status { get; private set; }

    public IReadOnlyList<ContentDiagnostic> Diagnostics { get; private set; } = [];

    /// <summary>On a conflict: the file as the other editor left it.</summary>
    public string? CurrentText { get; private set; }

    public TrialReply? Trial { get; private set; }

    public string RelativePath => ContentPaths.ProcedureFile(Code);

    public IActionResult OnGet([FromQuery] bool saved = false)
    {
        if (Open() is not { } file)
        {
            return NotFound();
        }

        (Text, ETag) = (file.Text, file.ETag);
        Status = saved ? EditStatus.Saved : EditStatus.Opened;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (Open() is null)
        {
            return NotFound();
        }

        var result = await store.SaveAsync(RelativePath, Text ?? "", ETag, EditorWorkspace.EditorName(User), cancellationToken);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                // Post/redirect/get: a reload does not post the form again.
                return RedirectToPage(new { code = Code, saved = true });
            case SaveOutcome.Conflict:
                // The editor's text stays in the textarea; saving again (after merging) replaces the other editor's version on purpose.
                Status = EditStatus.Conflict;
                CurrentText = result.Current.Text;
                ETag = result.Current.ETag;
                break;
            default:
                Status = EditStatus.Invalid;
                Diagnostics = result.Diagnostics;
                break;
        }

        return Page();
    }

    public IActionResult OnPostCheck()
    {
        if (Open() is null)
        {
            return NotFound();
        }

        Diagnostics = ContentValidator.Validate(store.ContentRoot, RelativePath, Text ?? "");
        Status = Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? EditStatus.Invalid : EditStatus.Valid;
        return Page();
    }

    /// <summary>The procedure page as citizens would see it with the edited text (opens in its own tab).</summary>
    public IActionResult OnPostPreview()
    {
        if (Open() is null)
        {
            return NotFound();
        }

        var read = ProcedureMarkdownReader.Read(Text ?? "", ContentLoader.DisplayName(store.ContentRoot, RelativePath));
        if (read.Procedure is null || read.HasErrors)
        {
            Diagnostics = read.Diagnostics;
            Status = EditStatus.Invalid;
            return Page();
        }

        return Content(renderer.Render(read.Procedure, printMode: false), "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnPostTryAsync(CancellationToken cancellationToken)
    {
        if (Open() is null)
        {
            return NotFound();
        }

        var read = ProcedureMarkdownReader.Read(Text ?? "", ContentLoader.DisplayName(store.ContentRoot, RelativePath));
        Diagnostics = read.Diagnostics;
        if (read.Procedure is null || read.HasErrors)
        {
            Status = EditStatus.Invalid;
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Question))
        {
            Status = EditStatus.Valid;
            return Page();
        }

        var content = ContentLoader.Load(store.ContentRoot, cancellationToken: cancellationToken);
        Trial = await trial.AskAsync(TrialAssistant.WithEdited(content, read.Procedure), Question, cancellationToken);
        Status = EditStatus.Tried;
        return Page();
    }

    /// <summary>The file as it is on disk; null when the code names no editable procedure file.</summary>
    private ContentFile? Open()
    {
        try
        {
            var file = store.Read(RelativePath);
            return file.Exists ? file : null;
        }
        catch (ContentPathException)
        {
            return null;
        }
    }
}
