using Bot.Workspace.Editing;
using Bot.Workspace.Inbox;
using KnowledgeBase.Editing;
using KnowledgeBase.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bot.Workspace.Pages;

/// <summary>
/// <c>/bien-tap/hop-thu</c>: the questions the assistant missed or answered badly, one item per need, with the actions
/// that fix them. Each action posts the item's key; success redirects back with <c>?ket-qua=</c> (post, redirect, get).
/// Attaching to a procedure writes a regression case that enforces the choice, so it takes two steps: the editor picks
/// the procedure (typed, or found with the row's search: <c>?muc=&lt;key&gt;&amp;tim=&lt;words&gt;</c>), reads what will be
/// written, then confirms (<see cref="Confirmed"/>). The assistant's current guess is shown, never filled in.
/// </summary>
public sealed class InboxModel(EditorInbox inbox, ProcedureLookup lookup) : PageModel
{
    /// <summary>Procedures a row's search lists to pick from.</summary>
    public const int SearchResultCount = 5;

    /// <summary>The item acted on (<see cref="KnowledgeBase.Feedback.QuestionGroup.Key"/>).</summary>
    [BindProperty]
    public string Key { get; set; } = "";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Alias { get; set; }

    [BindProperty]
    public string? Rule { get; set; }

    /// <summary>Set by the confirmation's button: without it an attachment is only previewed.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>The item whose row search was used.</summary>
    [BindProperty(SupportsGet = true, Name = "muc")]
    public string? SearchKey { get; set; }

    /// <summary>The words the row search was asked.</summary>
    [BindProperty(SupportsGet = true, Name = "tim")]
    public string? SearchQuery { get; set; }

    public IReadOnlyList<Procedure> SearchResults { get; private set; } = [];

    /// <summary>An attachment awaiting the editor's confirmation, and the handler that will write it (Alias or Synonym).</summary>
    public AttachmentPreview? Pending { get; private set; }

    public string PendingHandler { get; private set; } = "";

    /// <summary>After a redirect: which action succeeded (alias, synonym, out-of-scope, dismissed).</summary>
    [BindProperty(SupportsGet = true, Name = "ket-qua")]
    public string? Done { get; set; }

    public InboxView View { get; private set; } = new([], 0, 0, 0, 0);

    public InboxActionResult? Failure { get; private set; }

    /// <summary>A synonym rule's preview, shown under the item it was asked for.</summary>
    public SynonymPreviewResult? Preview { get; private set; }

    public void OnGet()
    {
        View = inbox.Read(HttpContext.RequestAborted);
        if (!string.IsNullOrWhiteSpace(SearchKey))
        {
            SearchResults = lookup.Find(SearchQuery, SearchResultCount, HttpContext.RequestAborted);
        }
    }

    public async Task<IActionResult> OnPostAliasAsync()
    {
        if (string.IsNullOrWhiteSpace(Code) || string.IsNullOrWhiteSpace(Alias))
        {
            return Refused(new InboxActionResult(InboxOutcome.Invalid, []));
        }

        if (!Confirmed)
        {
            return Confirm("Alias");
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

        if (!Confirmed)
        {
            Preview = inbox.PreviewSynonym(Rule, HttpContext.RequestAborted);
            return Confirm("Synonym");
        }

        return After(await inbox.AttachSynonymAsync(Key, Code, Rule, Editor, HttpContext.RequestAborted), "synonym");
    }

    public async Task<IActionResult> OnPostOutOfScopeAsync() =>
        After(await inbox.MarkOutOfScopeAsync(Key, Editor, HttpContext.RequestAborted), "out-of-scope");

    public async Task<IActionResult> OnPostDismissAsync() =>
        After(await inbox.DismissAsync(Key, Editor, HttpContext.RequestAborted), "dismissed");

    private string Editor => EditorWorkspace.EditorName(User);

    /// <summary>The page again with what the attachment will write and a button that confirms it; nothing is written.</summary>
    private PageResult Confirm(string handler)
    {
        var (result, preview) = inbox.PreviewAttachment(Key, Code!, HttpContext.RequestAborted);
        if (preview is null)
        {
            return Refused(result);
        }

        View = inbox.Read(HttpContext.RequestAborted);
        Pending = preview;
        PendingHandler = handler;
        return Page();
    }

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
