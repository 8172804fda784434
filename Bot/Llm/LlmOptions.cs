using System.ComponentModel.DataAnnotations;

namespace Bot.Llm;

/// <summary>
/// Section <c>Llm</c>: an optional OpenAI-compatible chat model that rephrases the extractive answer.
/// Nothing is registered unless <see cref="Endpoint"/> is set.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    /// <summary>Switches the LLM path off without removing the endpoint (the extractive answer is always sent).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Which client speaks to <see cref="Endpoint"/>: any OpenAI-compatible server, or Azure OpenAI deployments.</summary>
    public LlmProvider Provider { get; set; } = LlmProvider.OpenAI;

    /// <summary>Base URL of the API, e.g. <c>https://api.openai.com/v1</c> or <c>http://localhost:11434/v1</c> (Ollama).</summary>
    [Required]
    public string Endpoint { get; set; } = "";

    /// <summary>Model id (OpenAI-compatible) or deployment name (Azure OpenAI).</summary>
    [Required]
    public string Model { get; set; } = "";

    /// <summary>Optional for local servers; keep it in user secrets or the environment, never in appsettings.json.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Whole-call budget; after it the bot sends the extractive answer.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 15;

    [Range(16, 16384)]
    public int MaxTokens { get; set; } = 700;

    [Range(0.0, 2.0)]
    public double Temperature { get; set; } = 0.2;

    /// <summary>Ask for a streamed response (<c>stream: true</c>); the guard still reads the whole answer before anything is sent.</summary>
    public bool Streaming { get; set; }

    /// <summary>Upper bound on the catalogue text put into one prompt, so prompt size and cost stay bounded.</summary>
    [Range(500, 200_000)]
    public int MaxSourceCharacters { get; set; } = 8000;

    /// <summary>How many earlier conversation turns the prompt carries.</summary>
    [Range(0, 20)]
    public int MaxHistoryTurns { get; set; } = 6;

    /// <summary>Longest question or turn text put into the prompt; longer text is cut.</summary>
    [Range(50, 8000)]
    public int MaxUserTextCharacters { get; set; } = 1000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                $"Llm:Endpoint must be an absolute http(s) URL, got '{Endpoint}'", [nameof(Endpoint)]);
        }

        if (Provider == LlmProvider.AzureOpenAI && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new ValidationResult("Llm:ApiKey is required when Llm:Provider is AzureOpenAI", [nameof(ApiKey)]);
        }
    }
}

public enum LlmProvider
{
    /// <summary>OpenAI, vLLM, Ollama, LM Studio and anything else serving <c>/chat/completions</c>.</summary>
    OpenAI,

    /// <summary>Azure OpenAI deployments (<c>/openai/deployments/{Model}/chat/completions</c>).</summary>
    AzureOpenAI,
}
