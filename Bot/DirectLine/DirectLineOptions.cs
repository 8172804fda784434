using System.ComponentModel.DataAnnotations;

namespace Bot.DirectLine;

/// <summary>Section <c>DirectLine</c>: the self-hosted Direct Line 3.0 endpoint that Web Chat talks to.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// Master secret for <c>tokens/generate</c> and server-to-server clients. When empty, a random secret is made at
    /// start-up: the host's own pages still work (they get tokens from the host) but outside clients cannot authenticate,
    /// and several instances cannot share conversations.
    /// </summary>
    [MinLength(32, ErrorMessage = "DirectLine:Secret must be at least 32 characters.")]
    public string? Secret { get; set; }

    /// <summary>How long a conversation token is valid; clients refresh before it ends.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a conversation and its activity log are kept after its last activity.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ConversationRetention { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Upper bound on conversations held at once; creation is refused beyond it so memory stays bounded.</summary>
    [Range(1, 10_000_000)]
    public int MaxConversations { get; set; } = 50_000;

    /// <summary>Oldest activities are dropped past this count; watermarks keep counting.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Most activities returned by one poll or one stream frame.</summary>
    [Range(1, 1000)]
    public int MaxActivitiesPerRead { get; set; } = 100;

    [Required]
    [RegularExpression("^[A-Za-z0-9_.-]{1,64}$")]
    public string BotId { get; set; } = "tro-ly-ao";

    [Required]
    public string BotName { get; set; } = "Trợ lý ảo Hành chính công";

    /// <summary>Interval of WebSocket keep-alive pings so idle kiosk connections survive proxies.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);
}
