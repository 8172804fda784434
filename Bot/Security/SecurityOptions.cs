namespace Bot.Security;

/// <summary>Section <c>Security</c>: browser-facing policy (CORS, framing, extra sources for the web chat page).</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Origins allowed to call the API from a browser on another site (e.g. the city portal). None by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Sites allowed to embed the pages in a frame (a kiosk shell or the city portal). None by default: framing is denied.</summary>
    public string[] FrameAncestors { get; set; } = [];

    /// <summary>
    /// Reverse proxies or load balancers (IP addresses, or networks such as <c>10.0.0.0/8</c>) whose
    /// <c>X-Forwarded-For</c> is trusted, so per-IP limits count the citizen's address rather than the proxy's.
    /// Empty: the header is ignored, so a client cannot dodge the limit by sending its own.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>Extra <c>connect-src</c> sources, e.g. a cloud speech service's endpoint; same origin is always allowed.</summary>
    public string[] ConnectSources { get; set; } = [];
}
