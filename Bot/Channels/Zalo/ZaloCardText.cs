using Bot.Rendering;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Bot.Channels.Zalo;

/// <summary>Text and buttons of a card attachment (hero, thumbnail or Adaptive Card), for channels that show only text.</summary>
public sealed record ZaloCardText(string Text, IReadOnlyList<CardAction> Actions)
{
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public static ZaloCardText Read(Attachment attachment)
    {
        var content = ToJson(attachment.Content);
        if (content is null)
        {
            return new ZaloCardText(string.Empty, []);
        }

        var lines = new List<string>();
        var actions = new List<CardAction>();
        if (attachment.ContentType == AdaptiveCardType)
        {
            ReadAdaptiveElements(content["body"], lines, actions);
            ReadAdaptiveActions(content["actions"], actions);
        }
        else
        {
            foreach (var name in new[] { "title", "subtitle", "text" })
            {
                AddText(content[name]?.Value<string>(), lines);
            }

            foreach (var button in content["buttons"] as JArray ?? [])
            {
                var action = button.ToObject<CardAction>();
                if (action is not null)
                {
                    actions.Add(action);
                }
            }
        }

        return new ZaloCardText(string.Join("\n\n", lines), actions);
    }

    private static JObject? ToJson(object? content) => content switch
    {
        null => null,
        JObject json => json,
        string text when text.TrimStart().StartsWith('{') => JObject.Parse(text),
        string => null,
        _ => JObject.FromObject(content),
    };

    private static void AddText(string? markdown, List<string> lines)
    {
        var text = markdown is null ? string.Empty : PlainText.FromMarkdown(markdown);
        if (text.Length > 0)
        {
            lines.Add(text);
        }
    }

    private static void ReadAdaptiveElements(JToken? elements, List<string> lines, List<CardAction> actions)
    {
        foreach (var element in elements as JArray ?? [])
        {
            switch (element["type"]?.Value<string>())
            {
                case "TextBlock":
                    AddText(element["text"]?.Value<string>(), lines);
                    break;
                case "RichTextBlock":
                    AddText(string.Concat((element["inlines"] as JArray ?? []).Select(i => i.Type == JTokenType.String ? i.Value<string>() : i["text"]?.Value<string>())), lines);
                    break;
                case "FactSet":
                    var facts = (element["facts"] as JArray ?? [])
                        .Select(f => $"{f["title"]?.Value<string>()}: {f["value"]?.Value<string>()}".Trim(' ', ':'))
                        .Where(f => f.Length > 0);
                    AddText(string.Join('\n', facts.Select(f => "- " + f)), lines);
                    break;
                case "ActionSet":
                    ReadAdaptiveActions(element["actions"], actions);
                    break;
                default:
                    ReadAdaptiveElements(element["items"], lines, actions);
                    ReadAdaptiveElements(element["columns"], lines, actions);
                    break;
            }
        }
    }

    private static void ReadAdaptiveActions(JToken? cardActions, List<CardAction> actions)
    {
        foreach (var action in cardActions as JArray ?? [])
        {
            var title = action["title"]?.Value<string>();
            switch (action["type"]?.Value<string>())
            {
                case "Action.Submit" or "Action.Execute":
                    var data = action["data"];
                    actions.Add(new CardAction(
                        data?.Type == JTokenType.String ? ActionTypes.ImBack : ActionTypes.MessageBack,
                        title,
                        value: data?.Type == JTokenType.String ? data.Value<string>() : data));
                    break;
                case "Action.OpenUrl":
                    actions.Add(new CardAction(ActionTypes.OpenUrl, title, value: action["url"]?.Value<string>()));
                    break;
            }
        }
    }
}
