using System.ComponentModel.DataAnnotations;

namespace Bot.Hosting;

/// <summary>Section <c>Bot</c> of appsettings.json.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Folder for the append-only feedback log; relative paths resolve against the assistant's base folder.</summary>
    [Required]
    public string FeedbackPath { get; set; } = "data/feedback";

    /// <summary>
    /// Search score above which hits whose names share no word with the question ("bố mất" for "Đăng ký khai tử",
    /// reached through synonyms and section text) are still offered as "did you mean" choices rather than a no-match.
    /// Out-of-scope questions score well below it on the catalogue (docs/search.md).
    /// </summary>
    [Range(1, 10_000)]
    public float ProbableMatchScore { get; set; } = 100;

    /// <summary>
    /// Search score below which nothing is answered or offered, even when a procedure's name shares the question's
    /// words ("kết quả trận Việt Nam gặp Thái Lan" and "Công nhận kết quả khảo nghiệm…" share "kết quả" at 68–72).
    /// From `Indexer eval` (session 5): below 80 are 1 of 264 answerable dev questions (also below 60) and none of the
    /// 110 held-out ones, against 11 of 12 and 8 of 10 out-of-scope ones.
    /// </summary>
    [Range(0, 10_000)]
    public float MinimumMatchScore { get; set; } = 80;

    /// <summary>
    /// A message that mentions an out-of-scope word ("bệnh", "du lịch", "vàng") is still answered when a procedure's
    /// name confirms it and the search scores it at least this high ("giảm thuế thu nhập khi bị bệnh hiểm nghèo").
    /// </summary>
    [Range(1, 10_000)]
    public float OutOfScopeOverrideScore { get; set; } = 120;

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
