using System.ComponentModel.DataAnnotations;

namespace Bot.Infrastructure.Redis;

/// <summary>Section <c>Redis</c>: shared state for running several Bot instances behind a load balancer.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis connection string, e.g. <c>redis:6379,password=...</c>; empty keeps everything in memory.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key this application writes, so one Redis can serve several deployments.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9_.:\-]{1,64}$")]
    public string KeyPrefix { get; set; } = "assistant:";

    /// <summary>Conversation state expires this long after its last write: an abandoned chat is forgotten.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ConversationStateTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>User state (preferences) expires this long after its last write.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan UserStateTtl { get; set; } = TimeSpan.FromDays(30);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Configuration);

    public string Key(string suffix) => KeyPrefix + suffix;
}
