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

    /// <summary>
    /// How long a conversation nobody has connected to is kept (a token taken and never used). Short, so tokens
    /// minted in bulk cannot fill the store for long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:30", "1.00:00:00")]
    public TimeSpan UnusedConversationRetention { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a conversation whose visitor connected but never wrote is kept after its last activity.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan SilentConversationRetention { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Upper bound on conversations held at once (memory store). When full, unused conversations go first, then silent
    /// ones, oldest first; a conversation in which a citizen wrote is never evicted for a new one, so creation is
    /// refused only when every held conversation is in use.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxConversations { get; set; } = 50_000;

    /// <summary>Oldest activities are dropped past this count; watermarks keep counting.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Oldest activities are also dropped while a conversation's log holds more than this many bytes of JSON.</summary>
    [Range(16 * 1024, 64 * 1024 * 1024)]
    public int MaxBytesPerConversation { get; set; } = 512 * 1024;

    /// <summary>
    /// Largest activity a client may post, as JSON bytes of everything beside its text (<c>channelData</c>,
    /// attachments, entities together); larger ones get 413. The text is bounded by the request body limit and answered
    /// with the bot's polite refusal when over-long; the conversation's byte budget bounds what is kept.
    /// </summary>
    [Range(4 * 1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Bytes of activity JSON the memory store holds over all conversations; beyond it the logs of unused and silent
    /// conversations are emptied, then the oldest activities go, but never a conversation. The logs only serve stream
    /// and polling readers (who read within milliseconds) and clients reconnecting with a watermark, so 16 MB (the logs of
    /// some 900 eight-question web chat conversations) is plenty; 32 MB cost about 40 MB more resident memory under load.
    /// </summary>
    [Range(1024 * 1024, 16L * 1024 * 1024 * 1024)]
    public long MaxStoreBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Most activities returned by one poll or one stream frame.</summary>
    [Range(1, 1000)]
    public int MaxActivitiesPerRead { get; set; } = 100;

    /// <summary>
    /// The address citizens reach this service at (e.g. <c>https://troly.hanoi.gov.vn/</c>). When set, stream URLs
    /// are built from it instead of the request's <c>Host</c> header, which a client chooses.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    [Required]
    [RegularExpression("^[A-Za-z0-9_.-]{1,64}$")]
    public string BotId { get; set; } = "tro-ly-ao";

    [Required]
    public string BotName { get; set; } = "Trợ lý ảo Hành chính công";

    /// <summary>Interval of WebSocket keep-alive pings so idle kiosk connections survive proxies.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);
}
