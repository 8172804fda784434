using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Templates;
using KnowledgeBase.Procedures;

namespace Bot.Conversation;

/// <summary>
/// Every aspect a citizen can ask about, defined once in the embedded <c>Templates/vi/aspects.json</c>: the phrases that
/// ask for it, where those phrases ask nothing, the catalogue sections that answer it (the LLM's grounding) and the label of its follow-up button.
/// </summary>
public sealed class AspectCatalog
{
    private const string ResourceName = "Bot.Templates.vi.aspects.json";

    private static readonly Lazy<AspectCatalog> Embedded = new(Load);

    private readonly FrozenDictionary<Aspect, AspectDefinition> _byAspect;

    private AspectCatalog(IReadOnlyList<AspectDefinition> definitions)
    {
        Definitions = definitions;
        _byAspect = definitions.ToFrozenDictionary(d => d.Aspect);
        var missing = Enum.GetValues<Aspect>().Where(a => !_byAspect.ContainsKey(a)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{ResourceName} does not define {string.Join(", ", missing)}");
        }
    }

    public static AspectCatalog Instance => Embedded.Value;

    public IReadOnlyList<AspectDefinition> Definitions { get; }

    public AspectDefinition this[Aspect aspect] => _byAspect[aspect];

    /// <summary>The aspects offered as follow-up buttons, in the file's order.</summary>
    public IEnumerable<AspectDefinition> FollowUps => Definitions.Where(d => d.FollowUp is not null);

    private static AspectCatalog Load()
    {
        using var stream = TemplateFiles.Open(ResourceName);
        var definitions = JsonSerializer.Deserialize<AspectDefinition[]>(stream, Options)
            ?? throw new InvalidDataException($"{ResourceName} is empty");
        return new AspectCatalog(definitions.Select(d => d with
        {
            FollowUp = d.FollowUp?.Normalize(NormalizationForm.FormC),
            Triggers = d.Triggers.Select(t => t.Normalize(NormalizationForm.FormC)).ToArray(),
            NotAsked = d.NotAsked.Select(r => r.Folded()).ToArray(),
        }).ToArray());
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };
}

/// <summary>One aspect: what asks for it, what answers it, how its follow-up button reads.</summary>
public sealed record AspectDefinition
{
    public required Aspect Aspect { get; init; }

    /// <summary>Button label offering this aspect after an answer ("Lệ phí bao nhiêu?"); null for aspects not offered.</summary>
    public string? FollowUp { get; init; }

    public IReadOnlyList<SectionKind> Sections { get; init; } = [];

    /// <summary>Phrases, with diacritics, that ask for this aspect ("bao lâu", "mấy ngày").</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    /// <summary>Where a trigger, in a message, does not ask for this aspect.</summary>
    public IReadOnlyList<NotAskedRule> NotAsked { get; init; } = [];
}
