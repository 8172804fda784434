using System.Text;
using Bot.Rendering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace Bot.Evaluation;

/// <summary>
/// Runs the real bot over an answer set, one fresh conversation each, and judges every reply as a citizen would:
/// did the first reply answer a right procedure directly, ask, answer the wrong one or miss; were the facts asked
/// stated; how long was it; did follow-ups keep the topic.
/// </summary>
public static class AnswerEvaluator
{
    // Crawl debris and portal wording no reply may carry.
    private static readonly string[] Debris = ["Việt Nam Đồng", "0 bản chính", ".doc", ".pdf", ".xlsx", "Không có thông tin"];

    public static async Task<AnswerReport> RunAsync(IBot bot, IReadOnlyList<AnswerConversation> conversations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(conversations);
        var report = new AnswerReport();
        for (var c = 0; c < conversations.Count; c++)
        {
            var conversation = conversations[c];
            var reference = TestAdapter.CreateConversation($"answers-{c}", $"citizen-{c}");
            reference.ChannelId = "webchat";
            var adapter = new TestAdapter(reference);
            for (var t = 0; t < conversation.Turns.Count; t++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var turn = conversation.Turns[t];
                await adapter.SendTextToBotAsync(turn.Say, bot.OnTurnAsync, cancellationToken);
                var replies = new List<Activity>();
                while (adapter.GetNextReply() is Activity reply)
                {
                    replies.Add(reply);
                }

                report.Add(Judge(conversation.Id, t, turn, replies));
            }
        }

        return report;
    }

    /// <summary>As the answer sets' patterns expect: lower case, no diacritics, đ → d, whitespace collapsed, punctuation kept ("35.000").</summary>
    public static string Normalize(string text) => KnowledgeBase.Text.VietnameseText.FoldKeepingPunctuation(text);

    private static TurnVerdict Judge(string id, int index, AnswerTurn turn, List<Activity> replies)
    {
        var first = replies.FirstOrDefault();
        var kind = first?.Properties.Value<string>(ReplyRenderer.KindProperty) ?? "";
        var code = first?.Properties.Value<string>(ReplyRenderer.ProcedureCodeProperty);
        var text = string.Join("\n", replies.Select(r => r.Text ?? ""));
        var offered = replies.SelectMany(r => r.SuggestedActions?.Actions ?? []).Select(a => a.Value as string).OfType<string>().ToList();
        var folded = Normalize(text);
        var outcome = turn switch
        {
            { OutOfScope: true } => kind is ReplyKinds.OutOfScope or ReplyKinds.NoMatch ? Outcome.Declined : Outcome.NotDeclined,
            { SmallTalk: true } => kind is ReplyKinds.SmallTalk or ReplyKinds.Feedback && offered.Count > 0 ? Outcome.SmallTalk : Outcome.SmallTalkMissed,
            _ when kind == ReplyKinds.Answer => turn.Codes.Contains(code) ? Outcome.Direct : Outcome.WrongDirect,
            _ when kind == ReplyKinds.Clarification => offered.Intersect(turn.Codes).Any() ? Outcome.MenuWithRight : Outcome.MenuWithoutRight,
            _ => Outcome.Missed,
        };
        var facts = turn.Facts.Select(f => (f.Aspect, Present: f.Any.Any(p => p.IsMatch(folded)))).ToArray();
        var debris = Debris.Where(d => text.Contains(d, StringComparison.OrdinalIgnoreCase)).ToArray();
        return new TurnVerdict(id, index, turn.Say, outcome, kind, code, text, facts, debris)
        {
            RightOption = kind == ReplyKinds.Clarification ? offered.FindIndex(turn.Codes.Contains) : -1,
        };
    }
}

/// <summary>What happened to one turn.</summary>
public enum Outcome
{
    Direct,
    WrongDirect,
    MenuWithRight,
    MenuWithoutRight,
    Missed,
    Declined,
    NotDeclined,
    SmallTalk,
    SmallTalkMissed,
}

/// <summary>One judged turn, with the reply for reading misses.</summary>
public sealed record TurnVerdict(string Conversation, int Index, string Say, Outcome Outcome, string Kind, string? Code, string Text,
    IReadOnlyList<(string Aspect, bool Present)> Facts, IReadOnlyList<string> Debris)
{
    /// <summary>For a menu, the position of the first right option (0-based), -1 when none is right.</summary>
    public int RightOption { get; init; } = -1;

    public bool IsFollowUp => Index > 0;

    /// <summary>An answer that runs past one phone screen.</summary>
    public bool IsLong => Kind == ReplyKinds.Answer && Text.Length > AnswerReport.PhoneScreen;

    public bool IsAnswerable => Outcome is Outcome.Direct or Outcome.WrongDirect or Outcome.MenuWithRight or Outcome.MenuWithoutRight or Outcome.Missed;

    public string Describe()
    {
        var builder = new StringBuilder();
        builder.Append(Conversation).Append('#').Append(Index).Append(' ').Append(Outcome).Append(" [").Append(Kind).Append(' ').Append(Code);
        if (Outcome == Outcome.MenuWithRight)
        {
            builder.Append(" right option ").Append(RightOption + 1);
        }

        builder.Append("] ").Append(Say);
        foreach (var (aspect, present) in Facts.Where(f => !f.Present))
        {
            builder.Append(" | missing ").Append(aspect);
        }

        foreach (var d in Debris)
        {
            builder.Append(" | debris '").Append(d).Append('\'');
        }

        if (IsLong)
        {
            builder.Append(" | ").Append(Text.Length).Append(" characters");
        }

        return builder.ToString();
    }
}
