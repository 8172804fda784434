using System.ComponentModel.DataAnnotations;

namespace Bot.Hosting;

/// <summary>Section <c>Bot</c> of appsettings.json.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Folder for the append-only feedback log; relative paths resolve against the assistant's base folder.</summary>
    [Required]
    public string FeedbackPath { get; set; } = "data/feedback";

    /// <summary>Build the index from content at startup when none is published yet.</summary>
    public bool BuildIndexIfMissing { get; set; } = true;
}
