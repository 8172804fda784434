using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Assistant.CommandLine;

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

    public string ThinkText => string.Create(CultureInfo.InvariantCulture, $"{ThinkMinSeconds:0.##}-{ThinkMaxSeconds:0.##} s");

    /// <summary>The <c>load</c> command's options, and how to read them from a parsed command line.</summary>
    public static (IReadOnlyList<Option> Options, Func<ParseResult, LoadOptions> Read) Define()
    {
        var conversations = WholeNumberOption.Create("--conversations", "Concurrent conversations in the think-time phases", 200, 1, 5000);
        // Defaults that help would print oddly (a tuple, a list) are stated in the description and applied when read.
        var think = new Option<(double Min, double Max)?>("--think")
        {
            Description = "Think time between a conversation's turns, in seconds, as MIN-MAX (default 1-3)",
            HelpName = "MIN-MAX",
            CustomParser = ParseThink,
        };
        var seconds = WholeNumberOption.Create("--seconds", "Length of each think-time phase in seconds", 60, 1, 3600);
        var saturationSeconds = WholeNumberOption.Create("--saturation-seconds", "Length of each saturation phase (no think time) in seconds; 0 skips it", 20, 0, 3600);
        var saturationConversations = WholeNumberOption.CreateOptional("--saturation-conversations", "Conversations in the saturation phases (default: --conversations)", 1, 5000);
        var channels = new Option<string[]>("--channels")
        {
            Description = $"Channels to drive: {Http} (/api/messages) and/or {DirectLine}, comma-separated (default both)",
            HelpName = $"{Http},{DirectLine}",
            CustomParser = ParseChannels,
        };
        var swapIndex = new Option<bool>("--swap-index") { Description = "Rebuild the index from content and swap it in while the load runs" };
        var redis = new Option<string?>("--redis")
        {
            Description = "Keep conversation state, Direct Line and rate limits in this Redis",
            HelpName = "CONNECTION",
        };
        var warmup = WholeNumberOption.Create("--warmup", "Warm-up per channel before measuring, in seconds", 10, 0, 600);
        var processes = WholeNumberOption.Create("--processes", "Run the assistant as this many freshly started processes (0: in this process)", 0, 0, 8);

        return (
            [conversations, think, seconds, saturationSeconds, saturationConversations, channels, swapIndex, redis, warmup, processes],
            parse =>
            {
                var (thinkMin, thinkMax) = parse.GetValue(think) ?? (1, 3);
                return new LoadOptions(
                    parse.GetValue(conversations),
                    thinkMin,
                    thinkMax,
                    parse.GetValue(seconds),
                    parse.GetValue(saturationSeconds),
                    parse.GetValue(saturationConversations) ?? parse.GetValue(conversations),
                    parse.GetValue(channels) is { Length: > 0 } chosen ? chosen : [Http, DirectLine],
                    parse.GetValue(swapIndex),
                    parse.GetValue(redis),
                    parse.GetValue(warmup),
                    parse.GetValue(processes));
            });
    }

    private static (double Min, double Max)? ParseThink(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var parts = text.Split('-', 2);
        if (parts is [var low, var high]
            && double.TryParse(low, NumberStyles.Float, CultureInfo.InvariantCulture, out var min)
            && double.TryParse(high, NumberStyles.Float, CultureInfo.InvariantCulture, out var max)
            && min >= 0 && max >= min)
        {
            return (min, max);
        }

        result.AddError($"--think needs MIN-MAX seconds with MIN ≤ MAX, e.g. 1-3, got '{text}'");
        return null;
    }

    private static string[] ParseChannels(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var channels = text
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant())
            .ToArray();
        if (channels.Length == 0 || channels.Any(c => c is not (Http or DirectLine)))
        {
            result.AddError($"--channels takes {Http} and/or {DirectLine}, got '{text}'");
        }

        return channels;
    }
}
