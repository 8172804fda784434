using System.Text;
using Bot.Rendering;
using Bot.Templates;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Bot.Channels.Zalo;

/// <summary>
/// Renders a bot message activity as Zalo plain text: Markdown stripped, card text included, and suggested
/// actions or card buttons as a numbered list the user answers with a number.
/// </summary>
public sealed class ZaloReplyFormatter(TemplateCatalog templates)
{
    public ZaloReply Format(IActivity activity)
    {
        var message = activity.AsMessageActivity();
        if (message is null)
        {
            return new ZaloReply(string.Empty, []);
        }

        var parts = new List<string>();
        var actions = new List<ZaloSuggestedAction>();
        var links = new List<string>();

        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            parts.Add(message.TextFormat == TextFormatTypes.Plain ? message.Text.Trim() : PlainText.FromMarkdown(message.Text));
        }

        foreach (var attachment in message.Attachments ?? [])
        {
            var card = ZaloCardText.Read(attachment);
            if (card.Text.Length > 0)
            {
                parts.Add(card.Text);
            }

            AddActions(card.Actions, actions, links);
        }

        AddActions(message.SuggestedActions?.Actions ?? [], actions, links);

        var text = new StringBuilder(string.Join("\n\n", parts.Where(p => p.Length > 0)));
        if (links.Count > 0)
        {
            AppendBlock(text, string.Join('\n', links));
        }

        if (actions.Count > 0)
        {
            var list = new StringBuilder(templates["zalo_actions_header"]);
            for (var i = 0; i < actions.Count; i++)
            {
                list.Append('\n').Append(i + 1).Append(". ").Append(actions[i].Title);
            }

            AppendBlock(text, list.ToString());
        }

        return new ZaloReply(text.ToString(), actions);
    }

    private static void AppendBlock(StringBuilder text, string block)
    {
        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        text.Append(block);
    }

    private static void AddActions(IEnumerable<CardAction> cardActions, List<ZaloSuggestedAction> actions, List<string> links)
    {
        foreach (var action in cardActions)
        {
            var title = FirstText(action.Title, action.DisplayText, action.Text, action.Value as string);
            if (title is null)
            {
                continue;
            }

            switch (action.Type)
            {
                case ActionTypes.OpenUrl or ActionTypes.DownloadFile or ActionTypes.PlayAudio or ActionTypes.PlayVideo
                    or ActionTypes.ShowImage or ActionTypes.Call or ActionTypes.Signin:
                    // Zalo cannot click these; the user still sees where they lead.
                    var target = action.Value?.ToString();
                    links.Add(string.IsNullOrWhiteSpace(target) || target == title ? title : $"{title}: {target}");
                    break;
                case ActionTypes.MessageBack:
                    actions.Add(new ZaloSuggestedAction(
                        title, FirstText(action.Text, action.DisplayText) ?? (action.Value is null ? title : null), action.Value));
                    break;
                default:
                    // imBack and postBack send their value as the message text.
                    actions.Add(action.Value is string value
                        ? new ZaloSuggestedAction(title, value, null)
                        : new ZaloSuggestedAction(title, action.Value is null ? title : null, action.Value));
                    break;
            }
        }
    }

    private static string? FirstText(params ReadOnlySpan<string?> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrWhiteSpace(candidate))
            {
                return candidate.Trim();
            }
        }

        return null;
    }
}
