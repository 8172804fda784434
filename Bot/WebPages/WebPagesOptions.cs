using System.ComponentModel.DataAnnotations;

namespace Bot.WebPages;

/// <summary>Section <c>WebPages</c>: the web chat page, the kiosk screen and the procedure pages.</summary>
public sealed class WebPagesOptions
{
    public const string SectionName = "WebPages";

    /// <summary>Seconds without a touch after which the kiosk starts a fresh conversation; pages may shorten it with <c>?idle=</c>.</summary>
    [Range(5, 3600)]
    public int KioskIdleSeconds { get; set; } = 90;

    /// <summary>Whether the kiosk reads answers aloud by default (citizens can switch it off on screen).</summary>
    public bool KioskSpeech { get; set; } = true;

    /// <summary>Web chat tokens one client address may take per minute; pages need one per conversation.</summary>
    [Range(1, 10_000)]
    public int TokenRequestsPerMinute { get; set; } = 30;

    /// <summary>
    /// Web chat tokens one network (IPv4 /24, IPv6 /48) may take per minute, so a holder of many addresses cannot
    /// mint conversations without bound; unused conversations also expire within minutes and are evicted first.
    /// </summary>
    [Range(1, 100_000)]
    public int TokenRequestsPerMinutePerNetwork { get; set; } = 120;
}
