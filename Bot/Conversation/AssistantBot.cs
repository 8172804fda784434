using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Answers;
using Bot.Feedback;
using Bot.Hosting;
using Bot.Hosting.WarmUp;
using Bot.Observability;
using Bot.Rendering;
using Bot.Security;
using Bot.Templates;
using KnowledgeBase.Content;
using KnowledgeBase.Facts;
using KnowledgeBase.Feedback;
using KnowledgeBase.Indexing;
using KnowledgeBase.Matching;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;
using KnowledgeBase.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
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
    private readonly IReadOnlyList<CardAction> _topicActions;
    private readonly CardAction[] _feedbackActions;
    private readonly CardAction _otherTopicAction;
    private readonly ChoiceTitles _choiceTitles;

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
        ILogger<AssistantBot> logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(userState);
        _conversationState = conversationState;
        _userState = userState;
        _conversationMemory = conversationState.CreateProperty<ConversationMemory>(nameof(ConversationMemory));
        _userMemory = userState.CreateProperty<UserMemory>(nameof(UserMemory));
        _interpreter = interpreter;
        _matcher = matcher;
        _composer = composer;
        _choiceTitles = new ChoiceTitles(templates, composer);
        _templates = templates;
        _llm = llm;
        _feedback = feedback;
        _search = search;
        _logger = logger;
        _lengthGuard = lengthGuard;
        _telemetry = telemetry;
        _topicActions = templates.List("welcome_topics").Select(t => new CardAction(ActionTypes.ImBack, t, value: t)).ToArray();
        _otherTopicAction = new CardAction(ActionTypes.ImBack, templates["other_topic"], value: templates["other_topic"]);
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

    // Topic words of a reply that may still be meant for an open menu; a longer message is a question of its own.
    private const int MaxMenuReplyWords = 3;

    // Topic words of a message sharing nothing with the procedure under discussion that make it a question of its own.
    private const int MinNewQuestionWords = 6;

    // What the citizen says they want ("muốn làm sổ lần đầu") names a procedure with two words or more.
    private const int MinWantedWords = 2;

    // A yes-or-no question's answer comes from a sentence holding at least half its pairs of own words (RecordSentences).
    private const double MinShareOfAskedPairs = 0.5;

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
                return Simple(ReplyKinds.SmallTalk, "greeting", "greeting", NextActions(memory));
            case Intent.Thanks:
                return Simple(ReplyKinds.SmallTalk, "thanks", "thanks", NextActions(memory));
            case Intent.Goodbye:
                return Simple(ReplyKinds.SmallTalk, "goodbye", "goodbye", _topicActions);
            case Intent.Help:
                return Simple(ReplyKinds.Help, "help", "help_speak", _topicActions);
            case Intent.CentreInfo:
                return Simple(ReplyKinds.Help, "centre_info", "centre_info_speak", NextActions(memory));
            case Intent.FeedbackHelpful or Intent.FeedbackNotHelpful:
                return await FeedbackAsync(turnContext, memory, understanding.Intent == Intent.FeedbackHelpful, cancellationToken);
            case Intent.OutOfScope:
                if (understanding.AspectMentioned && CurrentTopic(memory) is { } discussed && RecordSays(discussed.Procedure, understanding.TopicWords))
                {
                    // "lãi suất được hỗ trợ bao nhiêu" while a forest credit support is discussed: the listed word
                    // ("lãi suất") is the record's own subject, and the fact asked is about it.
                    return await FollowUpAsync(turnContext, memory, discussed, understanding, text, cancellationToken);
                }

                if (_matcher.MatchDespiteOutOfScope(understanding.ToMatchRequest(), cancellationToken) is not { } overruled)
                {
                    // Declined, but the procedure under discussion stays: the next follow-up still applies to it.
                    memory.PendingChoices.Clear();
                    return Simple(ReplyKinds.OutOfScope, "out_of_scope", "out_of_scope", _topicActions);
                }

                return await ResolvedAsync(turnContext, memory, understanding, overruled, text, cancellationToken);
        }

        var topic = CurrentTopic(memory);
        if (!understanding.HasTopic)
        {
            // "còn lệ phí thì sao?", "nộp online được không?": about the procedure under discussion.
            return topic is null
                ? Simple(ReplyKinds.NeedTopic, "need_topic", "need_topic", _topicActions)
                : await FollowUpAsync(turnContext, memory, topic, understanding, text, cancellationToken);
        }

        // "nếu bố mẹ chưa đăng ký kết hôn thì sao": a case described with a procedure's words is still a case of this one,
        // unless what the citizen says they want names another procedure ("còn xe ô tô của bố em bị tai nạn hỏng hẳn, …,
        // muốn xin trả lại tiền phí đường bộ" after a re-issued plate is the fee refund, not a car's registration).
        var variants = topic is { FromMenu: false } && (!understanding.AsksForAProcedure || understanding.DescribesACase)
            ? _matcher.VariantsOf(topic.Procedure, understanding.ToCaseRequest(), cancellationToken)
            : [];
        ProcedureMatch? match = null;
        if (variants.Count > 0)
        {
            match = _matcher.Match(understanding.ToMatchRequest(), cancellationToken);
            // "em đi làm kỹ sư ở Nhật …, có được trừ số thuế đã nộp ở Nhật ko" after selling a state flat is no case
            // of the sale, though the sale's thing with its words ("thuế thu nhập") names the real-estate tax.
            if (WantsAnother(understanding, topic!.Procedure, match)
                || StandsAlone(understanding, AsidePhrases.Without(understanding.ToMatchRequest()), topic.Procedure, match))
            {
                variants = [];
            }
        }

        if (variants.Count > 1)
        {
            // "nếu người thuê là người nước ngoài thì sao" after a temporary residence: the foreigners' declarations, by
            // form or online, asked about with the same fact.
            return Clarify(memory, variants, understanding.Aspects.Count > 0 ? understanding.Aspects : memory.LastAspects(), text, probable: false);
        }

        if (variants is [var variant])
        {
            // "còn nếu bị mất thì sao" after renewing an ID card, "nếu một trong hai người là người nước ngoài thì sao"
            // after a marriage: the sibling the message names with the thing under discussion, asked the same thing
            // unless it says what. Before any other reading: alone, such a message names nothing or something absurd.
            var member = understanding.Level is { } wanted ? _matcher.Representative(variant, wanted) : await RememberedMemberAsync(turnContext, variant, cancellationToken);
            var aspects = understanding.Aspects.Count > 0 ? understanding.Aspects : memory.LastAspects();
            return await AnswerAsync(turnContext, memory, member, aspects, text, [], cancellationToken);
        }

        if (understanding.ReturnsToEarlierTopic && Returned(memory, understanding) is { } earlier)
        {
            // "quay lại chuyện sổ đỏ, cần giấy tờ gì": the land procedure this conversation answered, not whichever
            // land record the words alone rank first; "quay lại chuyện kết hôn, nếu chồng là người Hàn Quốc thì sao":
            // the sibling of it the rest of the message names.
            var returnedTo = _matcher.VariantOf(earlier, understanding.ToCaseRequest(), cancellationToken, returning: true) ?? earlier;
            return await AnswerAsync(turnContext, memory, returnedTo, understanding.Aspects, text, [], cancellationToken);
        }

        match ??= _matcher.Match(understanding.ToMatchRequest(), cancellationToken);
        var followUp = topic is not null && IsFollowUp(understanding, topic, match, cancellationToken);
        if (topic is { FromMenu: true } && !understanding.AspectMentioned && !understanding.AsksForAProcedure
            && understanding.TopicWords.Count <= MaxMenuReplyWords && (followUp || match.Kind == MatchKind.NoMatch))
        {
            // A short reply to the menu that picks nothing, asks nothing and names nothing new ("asdkjh", "trẻ em"):
            // the menu again, not an answer about its first option. A new question the catalogue lacks is a miss.
            return Clarify(memory, PendingOptions(memory), memory.PendingAspects(), memory.LastQuestion ?? text, probable: false, heading: "clarify_again");
        }

        if (topic is not null && understanding.Unreadable && match.Kind == MatchKind.NoMatch)
        {
            // "asdkjh" in the middle of a conversation: the procedure stays, and a short line with something to tap
            // beats its whole overview again.
            return AboutTheTopic("not_understood", topic.Procedure, memory);
        }

        if (followUp)
        {
            var reply = await FollowUpAsync(turnContext, memory, topic!, understanding, text, cancellationToken);
            // "nếu người nước ngoài ký thì sao": no sibling names that case, so the same facts come back; say so, or
            // the citizen takes them for the case's own.
            return understanding.DescribesACase && !understanding.AspectMentioned && !topic!.FromMenu
                ? reply with { Markdown = reply.Markdown + "\n\n" + _templates["answer_for_case"] }
                : reply;
        }

        if (topic is { FromMenu: false } && match.Kind == MatchKind.Probable && understanding is { AsksYesOrNo: true, AspectMentioned: false }
            && RecordSentences.Best(topic.Procedure, WithMeanings(text), context: memory.LastQuestion) is { } onIt)
        {
            // "em đang ở Nhật học tiếng thì ủy quyền cho bố mẹ đi xin thay được không" after a criminal-record certificate:
            // no record is confirmed by its words (the search only guesses at animal transport), and the current one
            // has a sentence on them; the question is about it.
            return await AnswerAsync(turnContext, memory, topic.Procedure, [], text, [], cancellationToken, _composer.Quote(topic.Procedure, onIt.Heading, onIt.Sentence));
        }

        if (topic is not null && match.Kind == MatchKind.NoMatch && (!understanding.AsksForAProcedure || understanding.DescribesACase))
        {
            // Nothing in the catalogue matches, but a procedure is under discussion ("nghỉ có 10 ngày thôi thì có cần
            // báo không"): more likely a question about it than about nothing. The record's own sentence for it when
            // one holds the question's words ("có thể ủy quyền cho người khác làm không"), else its main facts, saying so.
            if (!understanding.AspectMentioned && !understanding.DescribesACase && !topic.FromMenu
                && RecordSentences.Best(topic.Procedure, WithMeanings(text), context: memory.LastQuestion) is { } said)
            {
                return await AnswerAsync(turnContext, memory, topic.Procedure, [], text, [], cancellationToken, _composer.Quote(topic.Procedure, said.Heading, said.Sentence));
            }

            var reply = await FollowUpAsync(turnContext, memory, topic, understanding, text, cancellationToken);
            return reply with { Markdown = reply.Markdown + "\n\n" + _templates["answer_for_topic"] };
        }

        if (topic is not null && !understanding.AspectMentioned && understanding.Contrasts)
        {
            // "còn khai tử thì sao" after "khai sinh mất mấy ngày": the same question about the procedure it names.
            understanding = understanding with { Aspects = memory.LastAspects() };
        }

        return await ResolvedAsync(turnContext, memory, understanding, match, text, cancellationToken);
    }

    /// <summary>
    /// The procedure this conversation answered that the returning message's words are about; of several, the one whose
    /// name holds most of them ("quay lại chuyện gia hạn nộp thuế" after closing a tax code: both say "thuế"), then the
    /// most recent.
    /// </summary>
    private Procedure? Returned(ConversationMemory memory, Understanding understanding)
    {
        var said = understanding.TopicWords.Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);
        return memory.AnsweredCodes.AsEnumerable().Reverse()
            .Select(_search.GetByCode)
            .OfType<Procedure>()
            .Where(p => ProcedureMatcher.IsRelevant(understanding.TopicWords, p))
            .MaxBy(p => new TokenizedText(p.Name).Folded.Distinct(StringComparer.Ordinal).Count(said.Contains));
    }

    /// <summary>
    /// The procedure follow-ups apply to: the most likely option of a menu still open, else the procedure last
    /// answered. It survives menus, misses, out-of-scope questions and small talk; only a reset forgets it.
    /// </summary>
    private Topic? CurrentTopic(ConversationMemory memory)
    {
        if (memory.PendingChoices.Count > 0 && _search.GetByCode(memory.PendingChoices[0]) is { } likely)
        {
            return new Topic(likely, memory.PendingChoices.Skip(1).Select(_search.GetByCode).OfType<Procedure>().ToList(), FromMenu: true);
        }

        return memory.CurrentCode is not null && _search.GetByCode(memory.CurrentCode) is { } current ? new Topic(current, [], FromMenu: false) : null;
    }

    /// <summary>
    /// A message with topic words is still about the current procedure unless it names a different one: a word that
    /// merely occurs in another procedure's name ("lệ phí có đắt không", "giấy chứng nhận kết hôn" inside a marriage
    /// with a foreigner) does not start a new topic.
    /// </summary>
    private bool IsFollowUp(Understanding understanding, Topic topic, ProcedureMatch match, CancellationToken cancellationToken)
    {
        var current = topic.Procedure;
        if (understanding.Contrasts && match.Kind is MatchKind.Unique && !ProcedureMatcher.SameProcedure(match.Candidates[0], current)
            && ProcedureMatcher.ContrastedOver(understanding.Sentence ?? understanding.SearchText, match.Candidates[0], current))
        {
            // "còn xin bản sao trích lục khai tử thì mất bao nhiêu tiền" after re-registering a death: the citizen turns
            // to the copy, whose own record states its fee, however many words of the current name ("khai tử") the
            // message repeats or the current fee note names the copy's charge.
            return false;
        }

        if (understanding.Aspects.Contains(Aspect.Fee) && (NamesItsCharge(understanding, current) || NamesAChargeStep(understanding)))
        {
            // "phí thẩm định thế nào" after a livestock farm certificate: the charge its fee note names ("Thẩm định để cấp
            // giấy chứng nhận …"), not the many procedures called "Thẩm định …".
            return true;
        }

        if (understanding.AsksForAReduction && (match.Candidates.Count == 0 || match.Candidates[0] is not { } other
            || ProcedureMatcher.SameProcedure(other, current) || !ProcedureMatcher.NamesOutright(understanding.ToMatchRequest(), other)))
        {
            // "sinh viên có được giảm lệ phí không" after a criminal-record certificate: what is reduced is this
            // procedure's charge; the group named ("sinh viên") is who asks, not the student-housing record.
            return true;
        }

        // "có phải mang theo căn cước không" asks about a paper to bring, "như làm căn cước" compares, "hay phải ra văn
        // phòng công chứng" names where to go: none is a new topic.
        var request = AsidePhrases.Without(understanding.ToMatchRequest());
        // "nếu một trong hai người là người nước ngoài thì sao" describes a case of the current procedure: a pair of
        // another name's words in it ("người nước ngoài") is not a new topic; only a whole name or alias is.
        var conditional = understanding.DescribesACase;
        var named = match.Kind is MatchKind.Unique or MatchKind.Ambiguous
            ? match.Candidates.FirstOrDefault(c => !ProcedureMatcher.SameProcedure(c, current)
                && (conditional ? ProcedureMatcher.NamesOutright(request, c) : _matcher.Names(request, c))
                // An open menu's first option is only a guess: a procedure named beside it is a new question.
                && (topic.FromMenu ? topic.Alternatives.All(o => !ProcedureMatcher.SameProcedure(c, o)) : !ProcedureMatcher.Covers(current, request, c)))
            : null;
        if (named is not null && !ProcedureMatcher.NamesOutright(request, named) && SentenceOn(current, understanding, understanding.Sentence ?? "") is not null
            && !WantsAnother(understanding, current, match))
        {
            // "có ủy quyền cho cha mẹ làm được không" after a criminal-record certificate: "cha mẹ" is a pair of another
            // name, but the current record has a sentence on the question's words; it is asked about this one.
            return true;
        }

        if (named is not null || (match.NamesAKind && !match.Candidates.Any(c => ProcedureMatcher.SameProcedure(c, current))))
        {
            return false;
        }

        if (WantsAnother(understanding, current, match))
        {
            return false;
        }

        if (match.Kind is MatchKind.Unique && !ProcedureMatcher.SameProcedure(match.Candidates[0], current)
            && _matcher.NamedBySynonyms(request, match.Candidates[0]) && !_matcher.NamedBySynonyms(request, current))
        {
            // "nếu giờ muốn mua đứt luôn căn đó thì thủ tục thế nào" while renting a state flat: the editors read the
            // phrase as the flat's sale, which the citizen now asks about.
            return false;
        }

        if (match.Kind is MatchKind.Unique or MatchKind.Ambiguous && !ProcedureMatcher.SameProcedure(match.Candidates[0], current) && !understanding.AspectMentioned)
        {
            // Another record matches words of a message that names none ("nghe nói phải đăng báo thông báo mất à" while a
            // lost land certificate is discussed): read in the conversation, is the message still about this procedure?
            return ReadsAsAbout(current, request, cancellationToken);
        }

        if (StandsAlone(understanding, request, current, match))
        {
            // A whole question of its own that shares nothing with this procedure ("tòa đã xử người ta phải trả nợ …,
            // nộp đơn yêu cầu thi hành án ở đâu" while a passport menu is open): its fact word does not make it a
            // follow-up. (Read in the conversation, the procedure's own name would outweigh it.)
            return false;
        }

        // "còn xe máy hạng A1 thì sao" names no procedure the catalogue confirms: the same question, for that case.
        return understanding.AspectMentioned || understanding.TopicWords.Count <= 2
            || (understanding.Contrasts && match.Kind is MatchKind.Probable or MatchKind.NoMatch);
    }

    /// <summary>Whether every one of the words (folded) is in the record's name or sections.</summary>
    private static bool RecordSays(Procedure procedure, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return false;
        }

        var text = " " + VietnameseText.Fold(string.Join(' ', procedure.Sections.Select(s => s.Text).Prepend(procedure.Name))) + " ";
        return words.All(w => text.Contains(" " + VietnameseText.Fold(w) + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// A whole question of its own: the catalogue answers it with another procedure, and none of its many topic words
    /// makes it relevant to <paramref name="current"/>.
    /// </summary>
    private static bool StandsAlone(Understanding understanding, MatchRequest request, Procedure current, ProcedureMatch match) =>
        match.Kind is MatchKind.Unique or MatchKind.Ambiguous or MatchKind.Probable && !ProcedureMatcher.SameProcedure(match.Candidates[0], current)
        && !understanding.DescribesACase && request.TopicWords.Count >= MinNewQuestionWords && !ProcedureMatcher.IsRelevant(request.TopicWords, current);

    /// <summary>
    /// What the citizen says they want names the matched procedure and not <paramref name="current"/>: "thế còn mảnh đất
    /// ông bà để lại chưa có sổ đỏ, muốn làm sổ lần đầu thì sao" is another procedure's, however much of the story
    /// ("đất") the current one shares, or however many of its words ("quốc tịch Việt Nam") the current name holds too.
    /// A menu of other procedures counts when the request names its first over the current one ("thế nếu cả xã muốn
    /// xin chứng nhận vùng an toàn dịch bệnh" after a farm's certificate).
    /// </summary>
    private bool WantsAnother(Understanding understanding, Procedure current, ProcedureMatch match) =>
        (match.Kind is MatchKind.Unique || (match.Kind is MatchKind.Ambiguous && !match.Candidates.Any(c => ProcedureMatcher.SameProcedure(c, current))))
        && !ProcedureMatcher.SameProcedure(match.Candidates[0], current)
        && QuestionFocus.Of(understanding.Sentence ?? "") is { } wanted
        && _interpreter.Interpret(wanted).TopicWords is { Count: >= MinWantedWords } wantedWords
        && ProcedureMatcher.IsRelevant(wantedWords, match.Candidates[0])
        && (!ProcedureMatcher.IsRelevant(wantedWords, current) || ProcedureMatcher.WantedOver(wanted, match.Candidates[0], current));

    /// <summary>
    /// The topic words of a fee question name only the step a charge is for, with or without the file it is charged on
    /// ("lệ phí thẩm định bao nhiêu", "phí thẩm định hồ sơ").
    /// </summary>
    private static bool NamesAChargeStep(Understanding understanding)
    {
        var words = string.Join(' ', understanding.TopicWords.Select(VietnameseText.Fold));
        return ChargeStepPhrases.Contains(words) || (words.EndsWith(FileWords, StringComparison.Ordinal) && ChargeStepPhrases.Contains(words[..^FileWords.Length]));
    }

    private const string FileWords = " ho so";

    private static readonly HashSet<string> ChargeStepPhrases = new(Lexicon.ChargeSteps.Select(VietnameseText.Fold), StringComparer.Ordinal);

    /// <summary>Every topic word of a fee question is in <paramref name="current"/>'s fee cells: it asks about a charge they name.</summary>
    private static bool NamesItsCharge(Understanding understanding, Procedure current)
    {
        var fees = " " + string.Join(' ', current.Channels.Select(c => new TokenizedText(c.Fee ?? "").Folded).SelectMany(w => w)) + " ";
        return understanding.TopicWords.Count > 0 && fees.Length > 2
            && understanding.TopicWords.All(w => fees.Contains(" " + VietnameseText.Fold(w) + " ", StringComparison.Ordinal));
    }

    private bool ReadsAsAbout(Procedure current, MatchRequest request, CancellationToken cancellationToken)
    {
        var inConversation = request with
        {
            SearchText = current.Name + " " + request.SearchText,
            TopicWords = [.. new TokenizedText(current.Name).Words, .. request.TopicWords],
            Sentence = null,
        };
        var match = _matcher.Match(inConversation, cancellationToken);
        return match.Kind is MatchKind.Unique or MatchKind.Ambiguous && ProcedureMatcher.SameProcedure(match.Candidates[0], current);
    }

    private async Task<BotReply> FollowUpAsync(ITurnContext turnContext, ConversationMemory memory, Topic topic, Understanding understanding, string text, CancellationToken cancellationToken)
    {
        var procedure = understanding.Level is { } level ? _matcher.Representative(topic.Procedure, level) : topic.Procedure;
        // "nếu làm cho con 5 tuổi thì sao" after the papers of a passport: the same question, for that case.
        // "cấp xã" alone after an answer, for a procedure with no other level: where to go there, not the overview again.
        var aspects = understanding.Aspects.Count > 0 ? understanding.Aspects
            : understanding.DescribesACase || understanding.Contrasts ? memory.LastAspects()
            : understanding.Level is not null && !understanding.HasTopic ? [Aspect.Where]
            : understanding.Aspects;
        // "có phải báo thuế không" about the procedure under discussion: its own sentence, not its overview again.
        var said = aspects.Count == 0 && !topic.FromMenu && !understanding.DescribesACase ? SaidOnIt(procedure, understanding, text, memory.LastQuestion) : null;
        var reply = await AnswerAsync(turnContext, memory, procedure, aspects, text, topic.Alternatives, cancellationToken, said);

        // A menu was open and the citizen asked on without choosing: say which procedure this answer is about.
        return topic.FromMenu ? reply with { Markdown = reply.Markdown + "\n\n" + _templates["answer_for_likely"] } : reply;
    }

    private async Task<BotReply> ResolvedAsync(ITurnContext turnContext, ConversationMemory memory, Understanding understanding, ProcedureMatch resolution, string text, CancellationToken cancellationToken)
    {
        switch (resolution.Kind)
        {
            case MatchKind.Unique:
                var answered = understanding.Level is null ? await RememberedMemberAsync(turnContext, resolution.Procedure!, cancellationToken) : resolution.Procedure!;
                var said = SaidOnIt(answered, understanding, text);
                var reply = await AnswerAsync(turnContext, memory, answered, understanding.Aspects, text, resolution.Alternatives, cancellationToken, said);
                // "đăng ký kết hôn ở phường có bắt buộc cả 2 phải có mặt ko": no sentence of the record says, and the
                // summary must not pass for a yes or a no.
                return said is null && understanding is { AsksYesOrNo: true, AspectMentioned: false }
                    && RecordSentences.AsksBeyondTheName(answered, LastClause(text) ?? text)
                    ? reply with { Markdown = NotFoundOnIt(reply.Markdown) }
                    : reply;
            case MatchKind.Ambiguous:
                var user = await _userMemory.GetAsync(turnContext, () => new UserMemory(), cancellationToken);
                // The option this citizen chose before, else the one this conversation already discussed.
                var remembered = resolution.Candidates.LastOrDefault(p => user.ChosenCodes.Contains(p.Code))
                    ?? DiscussedBefore(memory, resolution.Candidates)
                    ?? (CurrentTopic(memory) is { } discussed ? ProcedureMatcher.OfTheBusinessDiscussed(resolution.Candidates, discussed.Procedure) : null);
                if (remembered is not null)
                {
                    return await AnswerAsync(turnContext, memory, remembered, understanding.Aspects, text, resolution.Candidates.Where(c => c != remembered).ToList(), cancellationToken);
                }

                if (Agree(resolution.Candidates, understanding.Aspects, text))
                {
                    // Whichever the citizen means, the facts asked are the same: they are the answer, the other
                    // records beside it, instead of a question whose choice changes nothing.
                    var others = resolution.Candidates.Skip(1).ToList();
                    var agreed = await AnswerAsync(turnContext, memory, resolution.Candidates[0], understanding.Aspects, text, others, cancellationToken);
                    var quoted = others.Select(o => "«" + FactPhrases.ShortName(o, window: FactPhrases.WindowOf(o, text)) + "»").ToList();
                    var names = quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted[..^1]) + " " + _templates["and"] + " " + quoted[^1];
                    return agreed with { Markdown = BeforeFooter(agreed.Markdown, _templates.Format("answer_agreed", ("names", names))) };
                }

                return Clarify(memory, resolution.Candidates, understanding.Aspects, text, probable: false);
            case MatchKind.Probable:
                // Only a guess: editors see it among the unanswered questions, with the procedures guessed.
                await RecordUnansweredAsync(turnContext, resolution.Candidates, text, cancellationToken);
                return Clarify(memory, resolution.Candidates, understanding.Aspects, text, probable: true);
            default:
                return await NoMatchAsync(turnContext, memory, resolution.Candidates, text, cancellationToken);
        }
    }

    /// <summary>
    /// The record's own sentence for a yes-or-no question that asks no fact ("lý lịch tư pháp số 2 có ủy quyền cho người
    /// khác được không"): the answer is there, not in the overview.
    /// </summary>
    private ComposedAnswer? SaidOnIt(Procedure procedure, Understanding understanding, string text, string? earlier = null) =>
        SentenceOn(procedure, understanding, text, earlier) is { } said ? _composer.Quote(procedure, said.Heading, said.Sentence) : null;

    private (string Heading, string Sentence)? SentenceOn(Procedure procedure, Understanding understanding, string text, string? earlier = null) =>
        understanding is { AsksYesOrNo: true, AspectMentioned: false }
            ? RecordSentences.Best(procedure, WithMeanings(text), MinShareOfAskedPairs, earlier)
                // "em đang làm việc ở Nhật, cần phiếu lý lịch tư pháp số 1, có thể ủy quyền cho mẹ … được ko": the story's
                // words outnumber the question's, which is its last clause.
                ?? (LastClause(text) is { } asked ? RecordSentences.OnFirstPair(procedure, asked, earlier) : null)
            : null;

    /// <summary>The message's last clause when it has others before it and words enough to ask something of its own.</summary>
    private static string? LastClause(string text)
    {
        var clauses = text.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return clauses.Length > 1 && clauses[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinAskedClauseWords ? clauses[^1] : null;
    }

    private static readonly char[] ClauseBreaks = [',', '.', ';', '?', '!'];

    private const int MinAskedClauseWords = 4;

    /// <summary>The message and what its synonyms mean: "tôi đi làm thay được không" is asked of the record as "ủy quyền".</summary>
    private string WithMeanings(string text) =>
        _search.SynonymsOf(text, 2) is { Count: > 0 } meanings ? text + " " + string.Join(' ', meanings) : text;

    /// <summary>
    /// The answer saying the record was not found to answer the yes-or-no question, in place of the summary's offer of
    /// more facts (the reply stays one phone screen), else before the code and source.
    /// </summary>
    private string NotFoundOnIt(string markdown) =>
        markdown.Contains(_templates["overview_more"], StringComparison.Ordinal)
            ? markdown.Replace(_templates["overview_more"], _templates["yes_no_not_found"], StringComparison.Ordinal)
            : BeforeFooter(markdown, _templates["yes_no_not_found"]);

    /// <summary>A paragraph put before the answer's last one, the code and source.</summary>
    private static string BeforeFooter(string markdown, string paragraph)
    {
        var footer = markdown.LastIndexOf("\n\n", StringComparison.Ordinal);
        return footer < 0 ? markdown + "\n\n" + paragraph : markdown[..footer] + "\n\n" + paragraph + markdown[footer..];
    }

    /// <summary>Whether every candidate's answer to the facts asked states the same; never for an overview, which is the whole record.</summary>
    private bool Agree(IReadOnlyList<Procedure> candidates, IReadOnlyList<Aspect> aspects, string question)
    {
        if (aspects.Count == 0 || aspects.Contains(Aspect.Overview))
        {
            return false;
        }

        var first = _composer.Compose(candidates[0], aspects, question).Facts;
        return candidates.Skip(1).All(c => _composer.Compose(c, aspects, question).Facts == first);
    }

    /// <summary>The one candidate of the same procedure as one answered earlier in this conversation, if exactly one is.</summary>
    private Procedure? DiscussedBefore(ConversationMemory memory, IReadOnlyList<Procedure> candidates)
    {
        var answered = memory.AnsweredCodes.Select(_search.GetByCode).OfType<Procedure>().ToList();
        var discussed = candidates.Where(c => answered.Any(a => ProcedureMatcher.SameProcedure(a, c))).ToList();
        return discussed.Count == 1 ? discussed[0] : null;
    }

    /// <summary>A code from a choice button, "1"/"cấp tỉnh" in reply to "which one?", or a level after an answer.</summary>
    private async Task<BotReply?> TryChoiceAsync(ITurnContext turnContext, string text, ConversationMemory memory, CancellationToken cancellationToken)
    {
        var trimmed = text.Trim();
        Procedure? chosen = null;
        IReadOnlyList<Aspect> typedAspects = [];
        if (CodePattern().IsMatch(trimmed))
        {
            chosen = _search.GetByCode(trimmed);
        }
        else if (memory.PendingChoices.Count == 0 && memory.CurrentCode is not null && IsShortLevelChoice(trimmed, out var asked)
                 && _search.GetByCode(memory.CurrentCode) is { Family: { } family }
                 && family.Members.FirstOrDefault(m => m.Level == asked) is { } member)
        {
            // "cấp tỉnh" after an answer: the same procedure and question, at the level the citizen wants; after an
            // overview, where to go at that level (the overview again would say nothing new).
            chosen = _search.GetByCode(member.Code);
            if (chosen is not null)
            {
                var user = await _userMemory.GetAsync(turnContext, () => new UserMemory(), cancellationToken);
                user.RememberChoice(chosen.Code);
                IReadOnlyList<Aspect> facts = memory.LastAspects() is { Count: > 0 } last && !last.All(a => a == Aspect.Overview) ? last : [Aspect.Where];
                return await AnswerAsync(turnContext, memory, chosen, facts, memory.LastQuestion ?? text, [], cancellationToken);
            }
        }
        else if (memory.PendingChoices.Count == 0 && memory.CurrentCode is not null && MenuReply.IsOrdinal(trimmed)
                 && _search.GetByCode(memory.CurrentCode) is { } current)
        {
            // "cái thứ 2" with no list open: say so briefly, with the questions the citizen can tap.
            return AboutTheTopic("no_menu", current, memory);
        }
        else if (memory.PendingChoices.Count > 0)
        {
            if (int.TryParse(trimmed.TrimEnd('.', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) &&
                number >= 1 && number <= memory.PendingChoices.Count)
            {
                chosen = _search.GetByCode(memory.PendingChoices[number - 1]);
            }
            else if (IsShortLevelChoice(trimmed, out var level))
            {
                var atLevel = PendingOptions(memory).Where(p => ProcedureLevels.IsAt(p, level)).ToList();
                chosen = atLevel.Count == 1 ? atLevel[0] : null;
            }
            else if (_interpreter.Interpret(text) is { Intent: Intent.Question } typed
                     && PendingOptions(memory) is var options
                     && MenuReply.Choose(text, typed.TopicWords, options) is { } index)
            {
                // "số 3", "cấp lại vì bị mất", "con tôi 8 tuổi": typed instead of tapped, with any fact it also asks.
                chosen = options[index];
                typedAspects = typed.Aspects;
            }
        }

        if (chosen is null)
        {
            return null;
        }

        IReadOnlyList<Aspect> aspects = [];
        var question = text;
        if (memory.PendingChoices.Contains(chosen.Code))
        {
            aspects = typedAspects.Count > 0 ? typedAspects : memory.PendingAspects();
            question = memory.LastQuestion ?? text;
            var user = await _userMemory.GetAsync(turnContext, () => new UserMemory(), cancellationToken);
            user.RememberChoice(chosen.Code);
        }

        return await AnswerAsync(turnContext, memory, chosen, aspects, question, [], cancellationToken);
    }

    /// <summary>The options of the menu still open, in its order.</summary>
    private List<Procedure> PendingOptions(ConversationMemory memory) =>
        memory.PendingChoices.Select(_search.GetByCode).OfType<Procedure>().ToList();

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

    /// <param name="quoted">The record's own sentence for the question (<see cref="RecordSentences"/>), answered instead of the aspects.</param>
    private async Task<BotReply> AnswerAsync(ITurnContext turnContext, ConversationMemory memory, Procedure procedure, IReadOnlyList<Aspect> aspects, string question,
        IReadOnlyList<Procedure> alternatives, CancellationToken cancellationToken, ComposedAnswer? quoted = null)
    {
        // What the citizen wrote, with the message before it for a follow-up ("cần giấy tờ gì" after "xây nhà ở").
        var composed = quoted ?? _composer.Compose(procedure, aspects, memory.LastQuestion is { } previous ? previous + " " + question : question, question);
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
        memory.RememberAnswered(procedure.Code);
        memory.PendingChoices.Clear();
        memory.LastQuestion = question;
        memory.LastAnswerCode = procedure.Code;
        memory.LastAspect = composed.Aspect.ToString();
        memory.LastAspectList = composed.Aspects.Select(a => a.ToString()).ToList();
        memory.LastAnswerPath = path;

        // Feedback first, then what the citizen may ask next, then other procedures the question also fits.
        // At most six buttons, so they fit a phone screen: fewer follow-ups when other procedures are offered.
        var actions = new List<CardAction>(_feedbackActions);
        var others = alternatives.Take(2).Select(p => new CardAction(ActionTypes.PostBack, _choiceTitles.Of(p, question), value: p.Code, text: p.Code)).ToList();
        actions.AddRange(FollowUpActions(composed.Aspects).Take(4 - others.Count));
        actions.AddRange(others);

        _logger.LogDebug("Answered {Aspect} of {Code} via {Path} on {Channel}", composed.Aspect, procedure.Code, path, turnContext.Activity.ChannelId);
        return new BotReply(ReplyKinds.Answer, markdown, composed.Speak)
        {
            Actions = actions,
            AnswerPath = path,
            ProcedureCode = procedure.Code,
            Aspect = composed.Aspect.ToString(),
        };
    }

    private static IEnumerable<CardAction> FollowUpActions(IReadOnlyCollection<Aspect> answered) =>
        AspectCatalog.Instance.FollowUps
            .Where(d => !answered.Contains(d.Aspect) && !(d.Aspect == Aspect.Online && answered.Contains(Aspect.Where)))
            .Select(d => new CardAction(ActionTypes.ImBack, d.FollowUp, value: d.FollowUp));

    /// <summary>Something to tap after small talk or a rating: the next questions about the current procedure, else the topics.</summary>
    private IReadOnlyList<CardAction> NextActions(ConversationMemory memory) =>
        memory.CurrentCode is null ? _topicActions : [.. FollowUpActions(memory.LastAspects()).Take(4), _otherTopicAction];

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

    private BotReply Clarify(ConversationMemory memory, IReadOnlyList<Procedure> candidates, IReadOnlyList<Aspect> aspects, string question, bool probable, string? heading = null)
    {
        memory.PendingChoices = candidates.Select(p => p.Code).ToList();
        memory.PendingAspectList = aspects.Select(a => a.ToString()).ToList();
        memory.LastQuestion = question;
        memory.LastAnswerCode = null;

        // One guess is not "one of these": the citizen is told the catalogue may not have what they asked.
        var probableKey = candidates.Count == 1 ? "clarify_probable_one" : "clarify_probable";
        var markdown = new StringBuilder(_templates[heading ?? (probable ? probableKey : "clarify")]).Append("\n\n");
        var actions = new List<CardAction>(candidates.Count);
        var titles = _choiceTitles.Of(candidates, question);
        for (var i = 0; i < candidates.Count; i++)
        {
            var title = titles[i];
            markdown.Append(_templates.Format("choice_line", ("index", (i + 1).ToString(CultureInfo.InvariantCulture)), ("title", title))).Append('\n');
            actions.Add(new CardAction(ActionTypes.PostBack, title, value: candidates[i].Code, text: candidates[i].Code));
        }

        return new BotReply(ReplyKinds.Clarification, markdown.ToString().TrimEnd(), _templates[probable ? probableKey + "_speak" : "clarify_speak"]) { Actions = actions };
    }

    private Task RecordUnansweredAsync(ITurnContext turnContext, IReadOnlyList<Procedure> closest, string question, CancellationToken cancellationToken) =>
        WarmUpTurn.Is(turnContext) ? Task.CompletedTask : _feedback.RecordAsync(new FeedbackRecord
        {
            Kind = FeedbackKinds.Unanswered,
            Time = _feedback.Now,
            Question = question,
            Channel = turnContext.Activity.ChannelId,
            Closest = closest.Select(p => p.Code).ToArray(),
        }, cancellationToken);

    private async Task<BotReply> NoMatchAsync(ITurnContext turnContext, ConversationMemory memory, IReadOnlyList<Procedure> closest, string question, CancellationToken cancellationToken)
    {
        // The procedure under discussion stays: "bao lâu thì có?" after a miss still means it.
        memory.PendingChoices.Clear();
        memory.LastAnswerCode = null;
        await RecordUnansweredAsync(turnContext, closest, question, cancellationToken);

        var markdown = new StringBuilder(_templates["no_match"]);
        var actions = new List<CardAction>();
        if (closest.Count > 0)
        {
            markdown.Append("\n\n").Append(_templates["no_match_closest"]).Append('\n');
            var titles = _choiceTitles.Of(closest, question);
            foreach (var (procedure, title) in closest.Zip(titles))
            {
                markdown.Append('\n').Append(_templates.Format("closest_line", ("title", title), ("code", procedure.Code)));
                actions.Add(new CardAction(ActionTypes.PostBack, title, value: procedure.Code, text: procedure.Code));
            }
        }

        markdown.Append("\n\n").Append(_templates["staff_contact"]);

        // Never a dead end on a touch screen: the closest procedures, then what can be asked next.
        actions.AddRange(NextActions(memory).Take(Math.Max(0, 6 - actions.Count)));
        return new BotReply(ReplyKinds.NoMatch, markdown.ToString(), _templates["no_match_speak"]) { Actions = actions };
    }

    private async Task<BotReply> FeedbackAsync(ITurnContext turnContext, ConversationMemory memory, bool helpful, CancellationToken cancellationToken)
    {
        if (memory.LastAnswerCode is null)
        {
            return Simple(ReplyKinds.Feedback, "feedback_nothing", "feedback_nothing", NextActions(memory));
        }

        await (WarmUpTurn.Is(turnContext) ? Task.CompletedTask : _feedback.RecordAsync(new FeedbackRecord
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
        }, cancellationToken));
        _telemetry.RecordFeedback(AssistantTelemetry.ChannelTag(turnContext.Activity.ChannelId), helpful);

        // One rating per answer: a second tap does not count twice.
        memory.LastAnswerCode = null;
        var key = helpful ? "feedback_thanks_helpful" : "feedback_thanks_not_helpful";
        return Simple(ReplyKinds.Feedback, key, key, NextActions(memory));
    }

    private BotReply Welcome() =>
        new(ReplyKinds.Welcome, _templates["welcome"], _templates["welcome_speak"]) { Actions = _topicActions };

    /// <summary>A short line naming the procedure under discussion, with its questions to tap.</summary>
    private BotReply AboutTheTopic(string textKey, Procedure procedure, ConversationMemory memory)
    {
        var text = _templates.Format(textKey, ("name", Answers.FactPhrases.ShortName(procedure, ChoiceTitles.MaxName, -1)));
        return new BotReply(ReplyKinds.Help, text, PlainText.FromMarkdownLine(text)) { Actions = NextActions(memory) };
    }

    private BotReply Simple(string kind, string textKey, string speakKey, IReadOnlyList<CardAction>? actions = null) =>
        new(kind, _templates[textKey], PlainText.FromMarkdownLine(_templates[speakKey].Replace('\n', ' '))) { Actions = actions ?? [] };

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

    /// <summary>The procedure follow-ups apply to, and the other options of a menu still open.</summary>
    private sealed record Topic(Procedure Procedure, IReadOnlyList<Procedure> Alternatives, bool FromMenu);
}
