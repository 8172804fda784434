using Microsoft.Bot.Schema;

namespace Bot.Rendering;

/// <summary>
/// Turns a <see cref="BotReply"/> into activities for the channel: Markdown or plain text, split to the
/// channel's length limit (unless its adapter splits), speak text on the first part and suggested actions on the last.
/// </summary>
public static class ReplyRenderer
{
    public const string KindProperty = "replyKind";
    public const string AnswerPathProperty = "answerPath";
    public const string ProcedureCodeProperty = "procedureCode";
    public const string AspectProperty = "aspect";

    public static IActivity[] Render(BotReply reply, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var profile = ChannelProfile.For(channelId);
        var text = profile.Markdown ? reply.Markdown : PlainText.FromMarkdown(reply.Markdown);
        IReadOnlyList<string> parts = profile.MaxLength is int maxLength ? MessageSplitter.Split(text, maxLength) : [text.Trim()];
        if (parts.Count == 0)
        {
            parts = [string.Empty];
        }

        var activities = new IActivity[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            var activity = Activity.CreateMessageActivity();
            activity.Text = parts[i];
            activity.TextFormat = profile.Markdown ? TextFormatTypes.Markdown : TextFormatTypes.Plain;
            activity.InputHint = InputHints.AcceptingInput;
            if (i == 0)
            {
                activity.Speak = reply.Speak;
            }

            if (i == parts.Count - 1 && reply.Actions.Count > 0)
            {
                activity.SuggestedActions = new SuggestedActions { Actions = reply.Actions.ToList() };
            }

            var properties = ((Activity)activity).Properties;
            properties[KindProperty] = reply.Kind;
            if (reply.AnswerPath is not null)
            {
                properties[AnswerPathProperty] = reply.AnswerPath;
            }

            if (reply.ProcedureCode is not null)
            {
                properties[ProcedureCodeProperty] = reply.ProcedureCode;
            }

            if (reply.Aspect is not null)
            {
                properties[AspectProperty] = reply.Aspect;
            }

            activities[i] = activity;
        }

        return activities;
    }
}
