using System.Text.RegularExpressions;
using Bot.Templates;

namespace Bot.Llm;

/// <summary>
/// The answer prompt, read once from the embedded <c>Prompts/answer.prompt.md</c>. Blocks are filled in a single
/// pass, so a value containing "{{sources}}" (say, in a citizen's question) stays literal text.
/// </summary>
public sealed partial class PromptTemplate
{
    public const string ResourceName = "Bot.Llm.Prompts.answer.prompt.md";

    private readonly Dictionary<string, string> _blocks;

    private PromptTemplate(Dictionary<string, string> blocks) => _blocks = blocks;

    public static PromptTemplate LoadEmbedded() => Parse(TemplateFiles.Read(ResourceName));

    public static PromptTemplate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var markers = BlockMarker().Matches(normalized);
        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i].Index + markers[i].Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : normalized.Length;
            blocks[markers[i].Groups["name"].Value] = normalized[start..end].Trim('\n');
        }

        foreach (var required in new[] { "system", "user", "source", "channel", "section", "turn", "role-user", "role-assistant", "none", "unknown" })
        {
            if (!blocks.ContainsKey(required))
            {
                throw new InvalidOperationException($"prompt template has no '<!-- @{required} -->' block");
            }
        }

        return new PromptTemplate(blocks);
    }

    public string Block(string name) => _blocks[name];

    public string Render(string name, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(_blocks[name], m => values.TryGetValue(m.Groups["key"].Value, out var v) ? v : "");

    [GeneratedRegex(@"^<!-- @(?<name>[a-z-]+) -->[ \t]*\n?", RegexOptions.Multiline)]
    private static partial Regex BlockMarker();

    [GeneratedRegex(@"\{\{(?<key>[a-z]+)\}\}")]
    private static partial Regex Placeholder();
}
