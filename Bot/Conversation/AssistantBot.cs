using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Answers;
using Bot.Feedback;
using Bot.Hosting;
using Bot.Observability;
using Bot.Rendering;
using Bot.Security;
using Bot.Templates;
using KnowledgeBase.Content;
using KnowledgeBase.Feedback;
using KnowledgeBase.Matching;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Bot.Conversation;

/// <summary>
/// The assistant's conversation: welcome, small talk, questions answered from the catalogue, clarification with
/// memory of the choice, follow-ups about the procedure under discussion, feedback, and honest no-match replies.
/// One instance serves every turn; per-turn data lives in conversation and user state.
/// </summary>
public sealed partial class AssistantBot : ActivityHandler
{
    // The reply a message turn sent, for the turn's metrics.
    private const string SentReplyKey = "Assistant.SentReply";

    private static readonly Aspect[] FollowUpAspects = [Aspect.Documents, Aspect.Fee, Aspect.Time, Aspect.Where, Aspect.Online];

    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly IStatePropertyAccessor<ConversationMemory> _conversationMemory;
    private readonly IStatePropertyAccessor<UserMemory> _userMemory;
    private readonly MessageInterpreter _interpreter;
    private readonly ProcedureMatcher _matcher;
    private readonly AnswerComposer _composer;
    private readonly TemplateCatalog _templates;
    private readonly ILlmAnswerer _llm;
    private readonly FeedbackRecorder _feedback;
    private readonly IProcedureSearch _search;
    private readonly ILogger<AssistantBot> _logger;
    private readonly MessageLengthGuard _lengthGuard;
    private readonly AssistantTelemetry _telemetry;
    private readonly float _outOfScopeOverrideScore;
    private readonly IReadOnlyList<CardAction> _topicActions;
    private readonly CardAction[] _feedbackActions;

    public AssistantBot(
        ConversationState conversationState,
        UserState userState,
        MessageInterpreter interpreter,
        ProcedureMatcher matcher,
        AnswerComposer composer,
        TemplateCatalog templates,
        ILlmAnswerer llm,
        FeedbackRecorder feedback,
        IProcedureSearch search,
        MessageLengthGuard lengthGuard,
        AssistantTelemetry telemetry,
        IOptions<MatchingOptions> options,
        ILogger<AssistantBot> logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(userState);
        ArgumentNullException.ThrowIfNull(options);
        _conversationState = conversationState;
        _userState = userState;
        _conversationMemory = conversationState.CreateProperty<ConversationMemory>(nameof(ConversationMemory));
        _userMemory = userState.CreateProperty<UserMemory>(nameof(UserMemory));
        _interpreter = interpreter;
        _matcher = matcher;
        _composer = composer;
        _templates = templates;
        _llm = llm;
        _feedback = feedback;
        _search = search;
        _logger = logger;
        _lengthGuard = lengthGuard;
        _telemetry = telemetry;
        _outOfScopeOverrideScore = options.Value.OutOfScopeOverrideScore;
        _topicActions = templates.List("welcome_topics").Select(t => new CardAction(ActionTypes.ImBack, t, value: t)).ToArray();
        _feedbackActions =
        [
            new CardAction(ActionTypes.ImBack, templates["feedback_helpful"], value: templates["feedback_helpful"]),
            new CardAction(ActionTypes.ImBack, templates["feedback_not_helpful"], value: templates["feedback_not_helpful"]),
        ];
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await RunTurnAsync(turnContext, cancellationToken);
            return;
        }

        // Message turns are what the metrics count: one per citizen message, with how it was answered.
        var channel = AssistantTelemetry.ChannelTag(turnContext.Activity.ChannelId);
        using var trace = _telemetry.StartTurn(channel);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await RunTurnAsync(turnContext, cancellationToken);
        }
        catch
        {
            // The adapter apologises and logs; the metric shows the failure.
            _telemetry.RecordTurn(channel, "none", TurnOutcome.Error, Stopwatch.GetElapsedTime(started));
            throw;
        }

        var reply = turnContext.TurnState.Get<BotReply>(SentReplyKey);
        _telemetry.RecordTurn(channel, reply?.AnswerPath ?? "none", OutcomeOf(reply), Stopwatch.GetElapsedTime(started));
    }

    private async Task RunTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);

        // Both saves are no-ops for state the turn never loaded (small talk never touches user state).
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await _userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    private static TurnOutcome OutcomeOf(BotReply? reply) => reply?.Kind switch
    {
        ReplyKinds.Answer => TurnOutcome.Answered,
        ReplyKinds.Clarification => TurnOutcome.Clarify,
        ReplyKinds.NoMatch => TurnOutcome.NoMatch,
        ReplyKinds.OutOfScope => TurnOutcome.OutOfScope,
        ReplyKinds.TooLong => TurnOutcome.Refused,
        _ => TurnOutcome.Conversational,
    };

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            await SendAsync(turnContext, Welcome(), cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = MessageText(turnContext.Activity);
        var length = _lengthGuard.Check(text);
        if (!length.IsAllowed)
        {
            // Refused, not cut: a cut message would be answered as if it were the whole question. No state is touched.
            _logger.LogInformation("Refused a {Length}-character message on {Channel}", length.Length, turnContext.Activity.ChannelId);
            await SendAsync(turnContext, new BotReply(ReplyKinds.TooLong, length.Refusal!, length.Refusal!), cancellationToken);
            return;
        }

        var memory = await _conversationMemory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        var reply = await ReplyAsync(turnContext, text, memory, cancellationToken);
        await SendAsync(turnContext, reply, cancellationToken);
    }

    private async Task<BotReply> ReplyAsync(ITurnContext turnContext, string text, ConversationMemory memory, CancellationToken cancellationToken)
    {
        if (await TryChoiceAsync(turnContext, text, memory, cancellationToken) is { } chosen)
        {
            return chosen;
        }

        var understanding = _interpreter.Interpret(text);
        switch (understanding.Intent)
        {
            case Intent.Empty:
                return Simple(ReplyKinds.Help, "empty", "help_speak", _topicActions);
            case Intent.Reset:
                await _conversationMemory.SetAsync(turnContext, new ConversationMemory(), cancellationToken);
                return Simple(ReplyKinds.Reset, "reset", "reset", _topicActions);
            case Intent.Greeting:
                return Simple(ReplyKinds.SmallTalk, "greeting", "greeting", _topicActions);
            case Intent.Thanks:
                return Simple(ReplyKinds.SmallTalk, "thanks", "thanks");
            case Intent.Goodbye:
                return Simple(ReplyKinds.SmallTalk, "goodbye", "goodbye");
            case Intent.Help:
                return Simple(ReplyKinds.Help, "help", "help_speak", _topicActions);
            case Intent.FeedbackHelpful or Intent.FeedbackNotHelpful:
                return await FeedbackAsync(turnContext, memory, understanding.Intent == Intent.FeedbackHelpful, cancellationToken);
            case Intent.OutOfScope:
                var overruled = _matcher.Match(understanding.ToMatchRequest(), cancellationToken);
                if (!overruled.IsConfirmedAbove(_outOfScopeOverrideScore))
                {
                    memory.PendingChoices.Clear();
                    return Simple(ReplyKinds.OutOfScope, "out_of_scope", "out_of_scope", _topicActions);
                }

                return await ResolvedAsync(turnContext, memory, understanding, overruled, text, cancellationToken);
        }

        if (!understanding.HasTopic)
        {
            // "còn lệ phí thì sao?", "nộp online được không?": about the procedure under discussion.
            var current = memory.CurrentCode is null ? null : _search.GetByCode(memory.CurrentCode);
            return current is null
                ? Simple(ReplyKinds.NeedTopic, "need_topic", "need_topic", _topicActions)
                : await AnswerAsync(turnContext, memory, current, understanding.Aspect, text, cancellationToken);
        }

        return await ResolvedAsync(turnContext, memory, understanding, _matcher.Match(understanding.ToMatchRequest(), cancellationToken), text, cancellationToken);
    }

    private async Task<BotReply> ResolvedAsync(ITurnContext turnContext, ConversationMemory memory, Understanding understanding, ProcedureMatch resolution, string text, CancellationToken cancellationToken)
    {
        switch (resolution.Kind)
        {
            case MatchKind.Unique:
                var answered = understanding.Level is null ? await RememberedMemberAsync(turnContext, resolution.Procedure!, cancellationToken) : resolution.Procedure!;
                return await AnswerAsync(turnContext, memory, answered, understanding.Aspect, text, cancellationToken);
            case MatchKind.Ambiguous:
                var user = await _userMemory.GetAsync(turnContext, () => new UserMemory(), cancellationToken);
                var remembered = resolution.Candidates.LastOrDefault(p => user.ChosenCodes.Contains(p.Code));
                return remembered is not null
                    ? await AnswerAsync(turnContext, memory, remembered, understanding.Aspect, text, cancellationToken)
                    : Clarify(memory, resolution.Candidates, understanding.Aspect, text, "clarify", "clarify_speak");
            case MatchKind.Probable:
                // Only a guess: editors see it among the unanswered questions, with the procedures guessed.
                await RecordUnansweredAsync(turnContext, resolution.Candidates, text, cancellationToken);
                return Clarify(memory, resolution.Candidates, understanding.Aspect, text, "clarify_probable", "clarify_probable_speak");
            default:
                return await NoMatchAsync(turnContext, memory, resolution.Candidates, text, cancellationToken);
        }
    }

    /// <summary>A code from a choice button, or "1"/"cấp tỉnh" in reply to "which one?".</summary>
    private async Task<BotReply?> TryChoiceAsync(ITurnContext turnContext, string text, ConversationMemory memory, CancellationToken cancellationToken)
    {
        var trimmed = text.Trim();
        Procedure? chosen = null;
        if (CodePattern().IsMatch(trimmed))
        {
            chosen = _search.GetByCode(trimmed);
        }
        else if (memory.PendingChoices.Count == 0 && memory.CurrentCode is not null && IsShortLevelChoice(trimmed, out var asked)
                 && _search.GetByCode(memory.CurrentCode) is { Family: { } family }
                 && family.Members.FirstOrDefault(m => m.Level == asked) is { } member)
        {
            // "cấp tỉnh" after an answer: the same procedure and question, at the level the citizen wants.
            chosen = _search.GetByCode(member.Code);
            if (chosen is not null)
            {
                var user = await _userMemory.GetAsync(turnContext, () => new UserMemory(), cancellationToken);
                user.RememberChoice(chosen.Code);
                var lastAspect = Enum.TryParse<Aspect>(memory.LastAspect, out var last) ? last : Aspect.Overview;
                return await AnswerAsync(turnContext, memory, chosen, lastAspect, memory.LastQuestion ?? text, cancellationToken);
            }
        }
        else if (memory.PendingChoices.Count > 0)
        {
            if (int.TryParse(trimmed.TrimEnd('.', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) &&
                number >= 1 && number <= memory.PendingChoices.Count)
            {
                chosen = _search.GetByCode(memory.PendingChoices[number - 1]);
            }
            else if (trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && _interpreter.ChoiceLevel(trimmed) is { } level)
            {
                var atLevel = memory.PendingChoices.Select(_search.GetByCode).OfType<Procedure>()
                    .Where(p => ProcedureLevels.IsAt(p, level)).ToList();
                chosen = atLevel.Count == 1 ? atLevel[0] : null;
            }
        }

        if (chosen is null)
        {
            return null;
        }

        var aspect = Aspect.Overview;
        var question = text;
        if (memory.PendingChoices.Contains(chosen.Code))
        {
            aspect = memory.PendingAspect;
            question = memory.LastQuestion ?? text;
            var user = await _userMemory.GetAsync(turnContext, () => new UserMemory(), cancellationToken);
            user.RememberChoice(chosen.Code);
        }

        return await AnswerAsync(turnContext, memory, chosen, aspect, question, cancellationToken);
    }

    private bool IsShortLevelChoice(string text, out string level)
    {
        level = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 ? _interpreter.ChoiceLevel(text) ?? "" : "";
        return level.Length > 0;
    }

    /// <summary>The member of the procedure's family this citizen chose before, else the procedure itself.</summary>
    private async Task<Procedure> RememberedMemberAsync(ITurnContext turnContext, Procedure procedure, CancellationToken cancellationToken)
    {
        if (procedure.Family is not { } family)
        {
            return procedure;
        }

        var user = await _userMemory.GetAsync(turnContext, () => new UserMemory(), cancellationToken);
        var chosen = user.ChosenCodes.LastOrDefault(code => code != procedure.Code && family.Members.Any(m => m.Code == code));
        return chosen is not null && _search.GetByCode(chosen) is { } remembered ? remembered : procedure;
    }

    private async Task<BotReply> AnswerAsync(ITurnContext turnContext, ConversationMemory memory, Procedure procedure, Aspect aspect, string question, CancellationToken cancellationToken)
    {
        var composed = _composer.Compose(procedure, aspect);
        var markdown = composed.Markdown;
        var path = AnswerPaths.Extractive;
        if (_llm.IsEnabled)
        {
            var llm = await TryLlmAsync(memory, composed, question, cancellationToken);
            if (llm is not null)
            {
                markdown = llm;
                path = AnswerPaths.Llm;
            }

            memory.Remember("user", question);
            memory.Remember("assistant", markdown);
        }

        memory.CurrentCode = procedure.Code;
        memory.PendingChoices.Clear();
        memory.LastQuestion = question;
        memory.LastAnswerCode = procedure.Code;
        memory.LastAspect = aspect.ToString();
        memory.LastAnswerPath = path;

        var actions = new List<CardAction>(_feedbackActions);
        foreach (var next in FollowUpAspects.Where(a => a != aspect).Take(3))
        {
            var label = _templates.Lookup("follow_ups", next.ToString());
            if (label is not null)
            {
                actions.Add(new CardAction(ActionTypes.ImBack, label, value: label));
            }
        }

        _logger.LogDebug("Answered {Aspect} of {Code} via {Path} on {Channel}", aspect, procedure.Code, path, turnContext.Activity.ChannelId);
        return new BotReply(ReplyKinds.Answer, markdown, composed.Speak)
        {
            Actions = actions,
            AnswerPath = path,
            ProcedureCode = procedure.Code,
            Aspect = aspect.ToString(),
        };
    }

    private async Task<string?> TryLlmAsync(ConversationMemory memory, ComposedAnswer composed, string question, CancellationToken cancellationToken)
    {
        try
        {
            var request = new LlmAnswerRequest(
                question,
                memory.History.Select(h => new ConversationTurn(h.Role, h.Text)).ToArray(),
                [new GroundingSource(composed.Procedure, composed.Sections)],
                composed.Markdown);
            var answer = await _llm.TryAnswerAsync(request, cancellationToken);
            return string.IsNullOrWhiteSpace(answer?.Text) ? null : answer.Text;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The LLM path is optional: any failure means the extractive answer goes out.
            _logger.LogWarning(ex, "LLM answerer failed for {Code}; sending the extractive answer", composed.Procedure.Code);
            return null;
        }
    }

    private BotReply Clarify(ConversationMemory memory, IReadOnlyList<Procedure> candidates, Aspect aspect, string question, string textKey, string speakKey)
    {
        memory.CurrentCode = null;
        memory.PendingChoices = candidates.Select(p => p.Code).ToList();
        memory.PendingAspect = aspect;
        memory.LastQuestion = question;
        memory.LastAnswerCode = null;

        var markdown = new StringBuilder(_templates[textKey]).Append("\n\n");
        var actions = new List<CardAction>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var title = ChoiceTitle(candidates[i]);
            markdown.Append(_templates.Format("choice_line", ("index", (i + 1).ToString(CultureInfo.InvariantCulture)), ("title", title), ("code", candidates[i].Code))).Append('\n');
            actions.Add(new CardAction(ActionTypes.PostBack, title, value: candidates[i].Code, text: candidates[i].Code));
        }

        return new BotReply(ReplyKinds.Clarification, markdown.ToString().TrimEnd(), _templates[speakKey]) { Actions = actions };
    }

    private Task RecordUnansweredAsync(ITurnContext turnContext, IReadOnlyList<Procedure> closest, string question, CancellationToken cancellationToken) =>
        _feedback.RecordAsync(new FeedbackRecord
        {
            Kind = FeedbackKinds.Unanswered,
            Time = _feedback.Now,
            Question = question,
            Channel = turnContext.Activity.ChannelId,
            Closest = closest.Select(p => p.Code).ToArray(),
        }, cancellationToken);

    private async Task<BotReply> NoMatchAsync(ITurnContext turnContext, ConversationMemory memory, IReadOnlyList<Procedure> closest, string question, CancellationToken cancellationToken)
    {
        memory.CurrentCode = null;
        memory.PendingChoices.Clear();
        memory.LastAnswerCode = null;
        await RecordUnansweredAsync(turnContext, closest, question, cancellationToken);

        var markdown = new StringBuilder(_templates["no_match"]);
        var actions = new List<CardAction>();
        if (closest.Count > 0)
        {
            markdown.Append("\n\n").Append(_templates["no_match_closest"]).Append('\n');
            foreach (var procedure in closest)
            {
                var title = ChoiceTitle(procedure);
                markdown.Append('\n').Append(_templates.Format("closest_line", ("title", title), ("code", procedure.Code)));
                actions.Add(new CardAction(ActionTypes.PostBack, title, value: procedure.Code, text: procedure.Code));
            }
        }

        markdown.Append("\n\n").Append(_templates["staff_contact"]);
        return new BotReply(ReplyKinds.NoMatch, markdown.ToString(), _templates["no_match_speak"]) { Actions = actions };
    }

    private async Task<BotReply> FeedbackAsync(ITurnContext turnContext, ConversationMemory memory, bool helpful, CancellationToken cancellationToken)
    {
        if (memory.LastAnswerCode is null)
        {
            return Simple(ReplyKinds.Feedback, "feedback_nothing", "feedback_nothing", _topicActions);
        }

        await _feedback.RecordAsync(new FeedbackRecord
        {
            Kind = FeedbackKinds.Rating,
            Time = _feedback.Now,
            Question = memory.LastQuestion ?? "",
            ProcedureCode = memory.LastAnswerCode,
            ProcedureName = _search.GetByCode(memory.LastAnswerCode)?.Name,
            Aspect = memory.LastAspect,
            Helpful = helpful,
            AnswerPath = memory.LastAnswerPath,
            Channel = turnContext.Activity.ChannelId,
        }, cancellationToken);
        _telemetry.RecordFeedback(AssistantTelemetry.ChannelTag(turnContext.Activity.ChannelId), helpful);

        // One rating per answer: a second tap does not count twice.
        memory.LastAnswerCode = null;
        var key = helpful ? "feedback_thanks_helpful" : "feedback_thanks_not_helpful";
        return Simple(ReplyKinds.Feedback, key, key);
    }

    private BotReply Welcome() =>
        new(ReplyKinds.Welcome, _templates["welcome"], _templates["welcome_speak"]) { Actions = _topicActions };

    private BotReply Simple(string kind, string textKey, string speakKey, IReadOnlyList<CardAction>? actions = null) =>
        new(kind, _templates[textKey], PlainText.FromMarkdownLine(_templates[speakKey].Replace('\n', ' '))) { Actions = actions ?? [] };

    private string ChoiceTitle(Procedure procedure) =>
        _templates.Format("choice_title", ("name", AnswerComposer.Clip(procedure.Name, 90)), ("level", _composer.LevelText(procedure)));

    private static async Task SendAsync(ITurnContext turnContext, BotReply reply, CancellationToken cancellationToken)
    {
        turnContext.TurnState[SentReplyKey] = reply;
        await turnContext.SendActivitiesAsync(ReplyRenderer.Render(reply, turnContext.Activity.ChannelId), cancellationToken);
    }

    private string MessageText(IMessageActivity activity)
    {
        var text = activity.Text;

        // Card buttons and messageBack send their data in Value: {"code": "..."} or {"feedback": "helpful"}.
        if (string.IsNullOrWhiteSpace(text) && activity.Value is JObject value)
        {
            text = value.Value<string>("code")
                ?? (value.Value<string>("feedback") is { } rating
                    ? rating == "helpful" ? _templates["feedback_helpful"] : _templates["feedback_not_helpful"]
                    : null);
        }

        // JSON escapes can carry lone surrogates, which later Unicode normalization would throw on.
        return WellFormedText.Repair(text ?? "");
    }

    [GeneratedRegex(@"^\d\.\d{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
