using Bot.Workspace.Inbox;
using KnowledgeBase.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bot.Workspace.Pages;

/// <summary>
/// <c>/bien-tap/hop-thu</c>: the questions the assistant missed or answered badly, one item per need, with the actions
/// that fix them. Each action posts the item's key; success redirects back with <c>?ket-qua=</c> (post, redirect, get).
/// </summary>
public sealed class InboxModel(EditorInbox inbox) : PageModel
{
    /// <summary>The item acted on (<see cref="KnowledgeBase.Feedback.QuestionGroup.Key"/>).</summary>
    [BindProperty]
    public string Key { get; set; } = "";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Alias { get; set; }

    [BindProperty]
    public string? Rule { get; set; }

    /// <summary>After a redirect: which action succeeded (alias, synonym, out-of-scope, dismissed).</summary>
    [BindProperty(SupportsGet = true, Name = "ket-qua")]
    public string? Done { get; set; }

    public InboxView View { get; private set; } = new([], 0, 0, 0, 0);

    public InboxActionResult? Failure { get; private set; }

    /// <summary>A synonym rule's preview, shown under the item it was asked for.</summary>
    public SynonymPreviewResult? Preview { get; private set; }

    public void OnGet() => View = inbox.Read(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAliasAsync()
    {
        if (string.IsNullOrWhiteSpace(Code) || string.IsNullOrWhiteSpace(Alias))
        {
            return Refused(new InboxActionResult(InboxOutcome.Invalid, []));
        }

        return After(await inbox.AttachAliasAsync(Key, Code, Alias, Editor, HttpContext.RequestAborted), "alias");
    }

    public IActionResult OnPostPreview()
    {
        View = inbox.Read(HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(Rule))
        {
            Failure = new InboxActionResult(InboxOutcome.Invalid, []);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Preview = inbox.PreviewSynonym(Rule, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostSynonymAsync()
    {
        if (string.IsNullOrWhiteSpace(Code) || string.IsNullOrWhiteSpace(Rule))
        {
            return Refused(new InboxActionResult(InboxOutcome.Invalid, []));
        }

        return After(await inbox.AttachSynonymAsync(Key, Code, Rule, Editor, HttpContext.RequestAborted), "synonym");
    }

    public async Task<IActionResult> OnPostOutOfScopeAsync() =>
        After(await inbox.MarkOutOfScopeAsync(Key, Editor, HttpContext.RequestAborted), "out-of-scope");

    public async Task<IActionResult> OnPostDismissAsync() =>
        After(await inbox.DismissAsync(Key, Editor, HttpContext.RequestAborted), "dismissed");

    private string Editor => EditorWorkspace.EditorName(User);

    private IActionResult After(InboxActionResult result, string done) =>
        result.Outcome == InboxOutcome.Done ? LocalRedirect($"{EditorWorkspace.BasePath}/hop-thu?ket-qua={done}") : Refused(result);

    private PageResult Refused(InboxActionResult result)
    {
        Failure = result;
        View = inbox.Read(HttpContext.RequestAborted);
        Response.StatusCode = result.Outcome switch
        {
            InboxOutcome.ItemGone or InboxOutcome.UnknownProcedure => StatusCodes.Status404NotFound,
            InboxOutcome.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return Page();
    }
}
