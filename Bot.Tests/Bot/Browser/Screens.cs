using Microsoft.Playwright;

namespace Bot.Tests.Bot.Browser;

/// <summary>The screens citizens use: a desktop browser and a phone held upright (touch, mobile layout).</summary>
public static class Screens
{
    public const int PhoneWidth = 390;

    public static BrowserNewContextOptions Desktop => new()
    {
        Locale = "vi-VN",
        ViewportSize = new() { Width = 1280, Height = 900 },
    };

    public static BrowserNewContextOptions Phone => new()
    {
        Locale = "vi-VN",
        ViewportSize = new() { Width = PhoneWidth, Height = 844 },
        DeviceScaleFactor = 3,
        IsMobile = true,
        HasTouch = true,
    };

    /// <summary>The screen called <paramref name="name"/> (a property name here), for theories over screens.</summary>
    public static BrowserNewContextOptions Named(string name) => name switch
    {
        nameof(Desktop) => Desktop,
        nameof(Phone) => Phone,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such screen."),
    };
}
