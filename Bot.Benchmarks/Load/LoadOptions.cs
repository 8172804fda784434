using System.Globalization;

namespace Bot.Benchmarks.Load;

/// <summary>
/// <c>Bot.Benchmarks load [--conversations N] [--think MIN-MAX] [--seconds T] [--saturation-seconds S]
/// [--saturation-conversations M] [--channels http,directline] [--swap-index] [--redis CONNECTION] [--warmup S]
/// [--processes P]</c>; with <c>--processes</c> the assistant runs as P separate, freshly started processes.
/// </summary>
internal sealed record LoadOptions(
    int Conversations,
    double ThinkMinSeconds,
    double ThinkMaxSeconds,
    int Seconds,
    int SaturationSeconds,
    int SaturationConversations,
    IReadOnlyList<string> Channels,
    bool SwapIndex,
    string? Redis,
    int WarmupSeconds,
    int Processes)
{
    public const string Http = "http";
    public const string DirectLine = "directline";

    public static LoadOptions Parse(string[] args)
    {
        var conversations = Int(args, "--conversations", 200, 1, 5000);
        var (thinkMin, thinkMax) = Range(args, "--think", (1, 3));
        var channels = (Value(args, "--channels") ?? $"{Http},{DirectLine}")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant())
            .ToArray();
        if (channels.Length == 0 || channels.Any(c => c is not (Http or DirectLine)))
        {
            throw new ArgumentException($"--channels takes {Http} and/or {DirectLine}");
        }

        return new LoadOptions(
            conversations,
            thinkMin,
            thinkMax,
            Int(args, "--seconds", 60, 1, 3600),
            Int(args, "--saturation-seconds", 20, 0, 3600),
            Int(args, "--saturation-conversations", conversations, 1, 5000),
            channels,
            args.Contains("--swap-index"),
            Value(args, "--redis"),
            Int(args, "--warmup", 10, 0, 600),
            Int(args, "--processes", 0, 0, 8));
    }

    public string ThinkText => string.Create(CultureInfo.InvariantCulture, $"{ThinkMinSeconds:0.##}-{ThinkMaxSeconds:0.##} s");

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Int(string[] args, string name, int fallback, int min, int max) =>
        Value(args, name) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? Math.Clamp(value, min, max)
            : fallback;

    private static (double Min, double Max) Range(string[] args, string name, (double Min, double Max) fallback)
    {
        var parts = Value(args, name)?.Split('-', 2);
        if (parts is not { Length: 2 }
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var min)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var max)
            || min < 0 || max < min)
        {
            return fallback;
        }

        return (min, max);
    }
}
