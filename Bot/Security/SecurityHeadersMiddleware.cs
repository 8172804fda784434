using Microsoft.Extensions.Options;

namespace Bot.Security;

/// <summary>
/// Browser hardening on every response. The policy allows what the web chat page needs from its own origin:
/// the Web Chat bundle and Direct Line (HTTP and WebSocket) from 'self', inline styles (Web Chat injects them),
/// data:/blob: images and media, and the microphone for speech input. Nothing else loads, and no site may frame
/// the pages unless listed in <see cref="SecurityOptions.FrameAncestors"/> (a kiosk shell or the city portal).
/// </summary>
internal sealed class SecurityHeadersMiddleware
{
    private readonly RequestDelegate _next;
    private readonly string _contentSecurityPolicy;
    private readonly bool _denyFraming;

    public SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
    {
        _next = next;
        var security = options.Value;
        _denyFraming = security.FrameAncestors.Length == 0;
        _contentSecurityPolicy = BuildContentSecurityPolicy(security);
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.TryAdd("Content-Security-Policy", _contentSecurityPolicy);
            headers.TryAdd("X-Content-Type-Options", "nosniff");
            headers.TryAdd("Referrer-Policy", "no-referrer");
            headers.TryAdd("Permissions-Policy", "microphone=(self), camera=(), geolocation=(), payment=(), usb=()");
            headers.TryAdd("Cross-Origin-Opener-Policy", "same-origin");
            if (_denyFraming)
            {
                headers.TryAdd("X-Frame-Options", "DENY");
            }

            return Task.CompletedTask;
        });
        return _next(context);
    }

    internal static string BuildContentSecurityPolicy(SecurityOptions security)
    {
        var frameAncestors = security.FrameAncestors.Length == 0 ? "'none'" : string.Join(' ', security.FrameAncestors);
        var connect = string.Join(' ', security.ConnectSources.Prepend("'self'"));
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' data: blob:",
            $"connect-src {connect}",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            $"frame-ancestors {frameAncestors}");
    }
}
