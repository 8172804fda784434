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

    /// <summary>
    /// Accept <c>POST /api/messages</c> without Bot Framework authentication when no <c>MicrosoftAppId</c> is set.
    /// Outside the Development environment the host refuses to start with an anonymous endpoint unless this is true
    /// (a closed network, local tools, load tests); see docs/deployment.md.
    /// </summary>
    public bool AllowAnonymousMessages { get; set; }

    /// <summary>
    /// Hosts the bot may post replies to (an activity's <c>serviceUrl</c>): the Bot Framework channels. A leading
    /// <c>*.</c> allows any subdomain. Requests that ask for the replies in the response (<c>expectReplies</c>) post
    /// nothing and only need a well-formed URL.
    /// </summary>
    [Required]
    public string[] AllowedServiceUrlHosts { get; set; } =
    [
        "*.botframework.com",
        "smba.trafficmanager.net",
        "*.botframework.azure.us",
        "*.botframework.us",
    ];

    /// <summary>How long a reply posted to a channel's <c>serviceUrl</c> may take before the turn gives up on it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
