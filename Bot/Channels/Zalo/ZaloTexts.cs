using System.Text.Json;

namespace Bot.Channels.Zalo;

/// <summary>Citizen-facing texts of the Zalo channel, read once from the embedded template <c>Templates/zalo-texts.json</c>.</summary>
public sealed class ZaloTexts
{
    private const string ResourceName = "Zalo.zalo-texts.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Sent for images, stickers, files, locations and other messages without text.</summary>
    public required string NonTextPrompt { get; init; }

    /// <summary>Line above the numbered list that replaces suggested actions.</summary>
    public required string SuggestedActionsHeader { get; init; }

    /// <summary>Sent when the bot fails while answering, so the citizen is not left waiting.</summary>
    public required string TurnErrorApology { get; init; }

    public static ZaloTexts Load()
    {
        using var stream = typeof(ZaloTexts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var texts = JsonSerializer.Deserialize<ZaloTexts>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is empty.");
        if (string.IsNullOrWhiteSpace(texts.NonTextPrompt) || string.IsNullOrWhiteSpace(texts.SuggestedActionsHeader)
            || string.IsNullOrWhiteSpace(texts.TurnErrorApology))
        {
            throw new InvalidOperationException($"Embedded resource {ResourceName} lacks a text.");
        }

        return texts;
    }
}
