using KnowledgeBase.Editing;
using KnowledgeBase.Feedback;
using KnowledgeBase.Privacy;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Bot.Workspace.Inbox;

/// <summary>
/// The editors' inbox over the bot's feedback log: open needs (unanswered questions and "Chưa hữu ích" ratings not yet
/// handled, grouped by <see cref="FeedbackGrouping"/>) with the assistant's current reply, and the actions on them.
/// Content changes go through <see cref="ContentEdits"/> (validated, locked, atomic, audited); the decision on the
/// item goes to <see cref="InboxDecisions"/> beside the log.
/// </summary>
public sealed class EditorInbox
{
    /// <summary>Items shown at once: the most asked needs; the rest wait for these to be handled.</summary>
    public const int PageSize = 50;

    private const int MaxSuggestions = 5;

    private readonly string _feedbackFolder;
    private readonly InboxDecisions _decisions;
    private readonly CurrentReplies _replies;
    private readonly IProcedureSearch _search;
    private readonly ContentEdits _edits;
    private readonly SynonymPreview _preview;
    private readonly TimeProvider _time;
    private readonly ILogger<EditorInbox> _logger;

    public EditorInbox(FeedbackLog log, CurrentReplies replies, IProcedureSearch search, ContentEdits edits, SynonymPreview preview, TimeProvider time, ILogger<EditorInbox> logger)
    {
        ArgumentNullException.ThrowIfNull(log);
        _feedbackFolder = log.Folder;
        _decisions = new InboxDecisions(log.Folder);
        _replies = replies;
        _search = search;
        _edits = edits;
        _preview = preview;
        _time = time;
        _logger = logger;
    }

    public InboxView Read(CancellationToken cancellationToken)
    {
        var (groups, records, handled, skipped) = OpenNeeds();
        var items = groups.Take(PageSize)
            .Select(g => ToItem(g, cancellationToken))
            .ToList();
        return new InboxView(items, groups.Count, records, handled, skipped);
    }

    /// <summary>
    /// What attaching the item to the procedure would write, for the editor to confirm: nothing is written. Null, with
    /// the reason, when the item is gone or no procedure has the code.
    /// </summary>
    public (InboxActionResult Result, AttachmentPreview? Preview) PreviewAttachment(string key, string code, CancellationToken cancellationToken)
    {
        var (result, need, procedure) = Target(key, code);
        return need is null || procedure is null
            ? (result, null)
            : (result, new AttachmentPreview(need, procedure, _replies.For(need.Representative, cancellationToken)));
    }

    /// <summary>Attaches the item's question to a procedure as an alias, then records the regression case that keeps it there.</summary>
    public async Task<InboxActionResult> AttachAliasAsync(string key, string code, string alias, string editor, CancellationToken cancellationToken)
    {
        var (result, need, procedure) = Target(key, code);
        if (need is null || procedure is null)
        {
            return result;
        }

        SaveResult saved;
        try
        {
            saved = await _edits.AddAliasAsync(procedure.Code, alias, editor, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return InboxActionResult.Of(InboxOutcome.UnknownProcedure);
        }

        return await ResolveAsync(need, saved, procedure.Code, editor, cancellationToken);
    }

    /// <summary>Adds a synonym rule that should lead the item's question to a procedure, then its regression case.</summary>
    public async Task<InboxActionResult> AttachSynonymAsync(string key, string code, string rule, string editor, CancellationToken cancellationToken)
    {
        var (result, need, procedure) = Target(key, code);
        if (need is null || procedure is null)
        {
            return result;
        }

        var saved = await _edits.AddSynonymAsync(rule, editor, cancellationToken);
        return await ResolveAsync(need, saved, procedure.Code, editor, cancellationToken);
    }

    /// <summary>What the rule would also change: every open need's question and every regression case, before and after.</summary>
    public SynonymPreviewResult PreviewSynonym(string rule, CancellationToken cancellationToken)
    {
        var questions = OpenNeeds().Groups.Select(g => g.Representative).ToList();
        return _preview.Preview(rule, questions, cancellationToken);
    }

    /// <summary>Records that the assistant must decline the question (a regression case), and closes the item.</summary>
    public async Task<InboxActionResult> MarkOutOfScopeAsync(string key, string editor, CancellationToken cancellationToken)
    {
        if (Find(key) is not { } need)
        {
            return InboxActionResult.Of(InboxOutcome.ItemGone);
        }

        var saved = await _edits.AddRegressionAsync(need.Representative, null, "marked out of scope in the inbox", editor, cancellationToken);
        if (Failed(saved) is { } failure)
        {
            return failure;
        }

        await DecideAsync(need, InboxStatuses.OutOfScope, editor, null, cancellationToken);
        return InboxActionResult.Done;
    }

    /// <summary>Closes the item without changing content (noise, tests, greetings).</summary>
    public async Task<InboxActionResult> DismissAsync(string key, string editor, CancellationToken cancellationToken)
    {
        if (Find(key) is not { } need)
        {
            return InboxActionResult.Of(InboxOutcome.ItemGone);
        }

        await DecideAsync(need, InboxStatuses.Dismissed, editor, null, cancellationToken);
        return InboxActionResult.Done;
    }

    /// <summary>The open need with this key (its own or one of its wordings', as grouping may have moved since the page was drawn).</summary>
    public QuestionGroup? Find(string key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var groups = OpenNeeds().Groups;
        return groups.FirstOrDefault(g => g.Key == key) ?? groups.FirstOrDefault(g => g.Variants.Any(v => v.Key == key));
    }

    /// <summary>The open need and the procedure an attachment names, or why there is none.</summary>
    private (InboxActionResult Result, QuestionGroup? Need, Procedure? Procedure) Target(string key, string code)
    {
        if (Find(key) is not { } need)
        {
            return (InboxActionResult.Of(InboxOutcome.ItemGone), null, null);
        }

        return _search.GetByCode(code.Trim()) is { } procedure
            ? (InboxActionResult.Done, need, procedure)
            : (InboxActionResult.Of(InboxOutcome.UnknownProcedure), need, null);
    }

    private async Task<InboxActionResult> ResolveAsync(QuestionGroup need, SaveResult saved, string code, string editor, CancellationToken cancellationToken)
    {
        if (Failed(saved) is { } failure)
        {
            return failure;
        }

        var regression = await _edits.AddRegressionAsync(need.Representative, code, "attached in the inbox", editor, cancellationToken);
        if (Failed(regression) is { } regressionFailure)
        {
            return regressionFailure;
        }

        await DecideAsync(need, InboxStatuses.Resolved, editor, code, cancellationToken);
        return InboxActionResult.Done;
    }

    private static InboxActionResult? Failed(SaveResult saved) => saved.Outcome switch
    {
        SaveOutcome.Saved => null,
        SaveOutcome.Conflict => InboxActionResult.Of(InboxOutcome.Conflict),
        _ => new InboxActionResult(InboxOutcome.Invalid, saved.Diagnostics.Select(d => d.Line > 0 ? $"{d.File}:{d.Line}: {d.Message}" : $"{d.File}: {d.Message}").ToList()),
    };

    private async Task DecideAsync(QuestionGroup need, string status, string editor, string? code, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        // Every wording of the need, stamped no earlier than its last ask: a clock behind the log's still closes it.
        var at = need.Last > now ? need.Last : now;
        await _decisions.RecordAsync(need.Variants.Select(v => new InboxDecision(v.Key, status, at, editor, code)), cancellationToken);
        _logger.LogInformation("Inbox item {Key} marked {Status} by {Editor}", need.Key, status, editor);
    }

    private (IReadOnlyList<QuestionGroup> Groups, int Records, int Handled, int Skipped) OpenNeeds()
    {
        var log = FeedbackLog.ReadAll(_feedbackFolder);
        var decisions = _decisions.Read();
        var inbox = log.Records.Where(FeedbackGrouping.IsInboxRecord).ToList();
        // Masked when written; masked again here in case a log predates a masking rule.
        var open = inbox.Where(r => !InboxDecisions.IsHandled(r, decisions))
            .Select(r => r with { Question = PersonalDataMasker.Mask(r.Question) })
            .ToList();
        return (FeedbackGrouping.Questions(open), inbox.Count, inbox.Count - open.Count, log.SkippedLines);
    }

    private InboxItem ToItem(QuestionGroup group, CancellationToken cancellationToken)
    {
        var reply = _replies.For(group.Representative, cancellationToken);
        var suggestions = reply.Procedures
            .Concat(group.Closest.Concat(group.RatedCodes).Select(_search.GetByCode).OfType<Procedure>())
            .DistinctBy(p => p.Code)
            .Take(MaxSuggestions)
            .ToList();
        return new InboxItem(group, reply, suggestions);
    }
}
