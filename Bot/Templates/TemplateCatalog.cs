using System.Collections.Frozen;
using System.Text;
using System.Text.Json;

namespace Bot.Templates;

/// <summary>
/// Every citizen-facing text of the bot and its channels (answers, Zalo, refusals, turn errors, page labels), loaded
/// once from the embedded <c>Templates/vi/messages.json</c> so editors change wording without touching code.
/// Placeholders are written <c>{name}</c>.
/// </summary>
public sealed class TemplateCatalog
{
    private const string ResourceName = "Bot.Templates.vi.messages.json";

    private static readonly Lazy<TemplateCatalog> Embedded = new(() =>
    {
        using var stream = TemplateFiles.Open(ResourceName);
        return new TemplateCatalog(stream);
    });

    private readonly FrozenDictionary<string, string> _texts;
    private readonly FrozenDictionary<string, IReadOnlyList<string>> _lists;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _maps;

    private TemplateCatalog(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var maps = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    texts[property.Name] = property.Value.GetString()!.Normalize(NormalizationForm.FormC);
                    break;
                case JsonValueKind.Array:
                    lists[property.Name] = property.Value.EnumerateArray().Select(e => e.GetString()!.Normalize(NormalizationForm.FormC)).ToArray();
                    break;
                case JsonValueKind.Object:
                    maps[property.Name] = property.Value.EnumerateObject()
                        .ToFrozenDictionary(p => p.Name, p => p.Value.GetString()!.Normalize(NormalizationForm.FormC), StringComparer.Ordinal);
                    break;
                default:
                    throw new InvalidDataException($"template '{property.Name}' must be a string, a list or an object");
            }
        }

        _texts = texts.ToFrozenDictionary(StringComparer.Ordinal);
        _lists = lists.ToFrozenDictionary(StringComparer.Ordinal);
        _maps = maps.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The catalogue read once per process; it is immutable, so every service shares it.</summary>
    public static TemplateCatalog LoadEmbedded() => Embedded.Value;

    public string this[string key] =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"template '{key}' is missing");

    public IReadOnlyList<string> List(string key) =>
        _lists.TryGetValue(key, out var list) ? list : throw new KeyNotFoundException($"template list '{key}' is missing");

    public string? Lookup(string map, string key) =>
        _maps.TryGetValue(map, out var entries) && entries.TryGetValue(key, out var text) ? text : null;

    public string Format(string key, params (string Name, string Value)[] values)
    {
        var text = this[key];
        if (values.Length == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        foreach (var (name, value) in values)
        {
            builder.Replace("{" + name + "}", value);
        }

        return builder.ToString();
    }
}
