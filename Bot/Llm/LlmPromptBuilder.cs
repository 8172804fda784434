using System.Text;
using Bot.Answers;
using KnowledgeBase.Procedures;
using Microsoft.Extensions.Options;

namespace Bot.Llm;

/// <summary>
/// Builds the retrieval-augmented prompt: the rules, the recent turns and the question as delimited data, and
/// the top procedures' relevant sections labelled with their codes, cut to <see cref="LlmOptions.MaxSourceCharacters"/>.
/// </summary>
public sealed class LlmPromptBuilder(PromptTemplate template, IOptions<LlmOptions> options)
{
    private const string Ellipsis = " …";

    /// <summary>The sentence the model is told to reply with when the sources do not answer the question.</summary>
    public string UnknownAnswer => template.Block("unknown");

    public LlmPrompt Build(LlmAnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        var none = template.Block("none");

        var history = new StringBuilder();
        var turns = request.History.Skip(Math.Max(0, request.History.Count - settings.MaxHistoryTurns));
        foreach (var turn in turns)
        {
            var role = template.Block(string.Equals(turn.Role, "user", StringComparison.OrdinalIgnoreCase) ? "role-user" : "role-assistant");
            history.AppendLine(template.Render("turn", new Dictionary<string, string>
            {
                ["role"] = role,
                ["text"] = AsData(turn.Text, settings.MaxUserTextCharacters),
            }));
        }

        var user = template.Render("user", new Dictionary<string, string>
        {
            ["history"] = history.Length == 0 ? none : history.ToString().TrimEnd(),
            ["question"] = AsData(request.Question, settings.MaxUserTextCharacters),
            ["sources"] = BuildSources(request.Sources, settings.MaxSourceCharacters, none),
        });
        var system = template.Render("system", new Dictionary<string, string> { ["unknown"] = template.Block("unknown") });
        return new LlmPrompt(system, user);
    }

    private string BuildSources(IReadOnlyList<GroundingSource> sources, int budget, string none)
    {
        var text = new StringBuilder();
        var remaining = budget;
        foreach (var source in sources)
        {
            if (remaining <= 0)
            {
                break;
            }

            var p = source.Procedure;
            var channels = new StringBuilder();
            foreach (var channel in p.Channels)
            {
                channels.AppendLine(template.Render("channel", new Dictionary<string, string>
                {
                    ["channel"] = channel.Channel,
                    ["time"] = channel.Time ?? none,
                    ["fee"] = channel.Fee ?? none,
                    ["note"] = string.IsNullOrWhiteSpace(channel.Note) ? "" : $" ({channel.Note})",
                }));
            }

            var header = new Dictionary<string, string>
            {
                ["code"] = p.Code,
                ["name"] = p.Name,
                ["agency"] = p.Agency ?? none,
                ["channels"] = channels.Length == 0 ? none : channels.ToString().TrimEnd(),
                ["sections"] = "",
            };
            remaining -= template.Render("source", header).Length;

            var sections = new StringBuilder();
            foreach (var section in p.Sections)
            {
                if (remaining <= 0 || (source.Sections.Count > 0 && !source.Sections.Contains(section.Kind)))
                {
                    continue;
                }

                var markdown = Cut(section.Markdown, remaining);
                var rendered = template.Render("section", new Dictionary<string, string>
                {
                    ["heading"] = section.Heading,
                    ["markdown"] = markdown,
                });
                sections.AppendLine(rendered);
                remaining -= rendered.Length;
            }

            header["sections"] = sections.ToString().TrimEnd();
            text.AppendLine(template.Render("source", header));
        }

        return text.Length == 0 ? none : text.ToString().TrimEnd();
    }

    private static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOfAny([' ', '\n'], Math.Max(0, max - 1));
        return text[..(cut > max / 2 ? cut : max)] + Ellipsis;
    }

    /// <summary>
    /// Citizen text goes inside the prompt's delimiters: it is cut to size, control characters are dropped and
    /// angle brackets are swapped for look-alikes so it cannot close a block or open a fake &lt;sources&gt;.
    /// </summary>
    internal static string AsData(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(Math.Min(text.Length, max));
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (builder.Length >= max)
            {
                builder.Append(Ellipsis);
                break;
            }

            builder.Append(c switch
            {
                '<' => '‹',
                '>' => '›',
                '\n' or '\t' => c,
                _ when char.IsControl(c) => ' ',
                _ => c,
            });
        }

        return builder.ToString().Trim();
    }
}
