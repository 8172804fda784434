using System.ComponentModel.DataAnnotations;

namespace Bot.Security;

/// <summary>Section <c>Limits</c>: abuse limits applied to every public endpoint.</summary>
public sealed class LimitsOptions
{
    public const string SectionName = "Limits";

    /// <summary>False turns rate limiting off (load tests from one loopback address); size and length limits stay.</summary>
    public bool RateLimitingEnabled { get; set; } = true;

    /// <summary>Requests per minute from one client IP, all endpoints together. Generous: a whole office may share one NAT address.</summary>
    [Range(1, 1_000_000)]
    public int PermitPerMinutePerIp { get; set; } = 600;

    /// <summary>Messages per minute from one user or conversation on the chat endpoints (/api/messages, Direct Line).</summary>
    [Range(1, 1_000_000)]
    public int PermitPerMinutePerUser { get; set; } = 30;

    /// <summary>
    /// Requests with a wrong or missing signature, secret or token one client IP may make per minute on the chat
    /// endpoints (including the Zalo webhook, otherwise exempt from the per-IP limit); valid requests do not count.
    /// </summary>
    [Range(1, 1_000_000)]
    public int FailedAuthenticationsPerMinutePerIp { get; set; } = 20;

    /// <summary>Longest user id a chat request may name (<c>from.id</c>, <c>sender.id</c>); longer ones get 400.</summary>
    [Range(16, 4096)]
    public int MaxUserIdLength { get; set; } = 256;

    /// <summary>
    /// Largest request body accepted by any endpoint; larger requests get 413. Well above what
    /// <see cref="MaxMessageLength"/> needs, so an over-long message still reaches the bot and gets its polite refusal.
    /// </summary>
    [Range(1024, 16 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Longest chat message (in characters) the bot answers, on every channel; longer ones get a polite refusal
    /// (never a silent cut). The one message-length setting.
    /// </summary>
    [Range(16, 100_000)]
    public int MaxMessageLength { get; set; } = 2000;

    /// <summary>
    /// Path prefixes whose sent messages (POST) are also limited per user or conversation: the Direct Line
    /// conversation in the route, else the body's <c>from.id</c> (Bot Framework) or <c>sender.id</c> (Zalo).
    /// </summary>
    [Required]
    public string[] PerUserPaths { get; set; } = ["/api/messages", "/v3/directline", "/api/zalo"];

    /// <summary>
    /// Path prefixes exempt from the per-IP limit because every request comes from a channel's servers
    /// (the Zalo webhook); they are still limited per user when the body names one.
    /// </summary>
    [Required]
    public string[] IpExemptPaths { get; set; } = ["/api/zalo"];
}
