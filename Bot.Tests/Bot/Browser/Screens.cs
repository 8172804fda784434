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
}
