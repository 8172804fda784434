using System.Globalization;

namespace Indexer.Commands;

/// <summary>Arguments of <c>Indexer eval &lt;questions.jsonl&gt; [--baseline] [--k 10] [--verbose] [--threshold score]</c>.</summary>
internal sealed record EvalArguments(string QuestionsPath, bool Baseline, int K, bool Verbose, float? Threshold)
{
    public const string Usage = "eval     <questions.jsonl> [--baseline] [--k 10] [--verbose] [--threshold score]  Measure retrieval on a dev set";

    public static bool TryParse(IReadOnlyList<string> args, out EvalArguments? parsed, out string? error)
    {
        parsed = null;
        string? path = null;
        bool baseline = false, verbose = false;
        var k = 10;
        float? threshold = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--baseline":
                    baseline = true;
                    break;
                case "--verbose" or "-v":
                    verbose = true;
                    break;
                case "--k" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var depth) && depth is >= 1 and <= 50:
                    k = depth;
                    i++;
                    break;
                case "--k":
                    error = "--k needs a whole number from 1 to 50";
                    return false;
                case "--threshold" when i + 1 < args.Count && float.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && float.IsFinite(score):
                    threshold = score;
                    i++;
                    break;
                case "--threshold":
                    error = "--threshold needs a number";
                    return false;
                case var option when option.StartsWith('-'):
                    error = $"unknown option '{option}'";
                    return false;
                case var value when path is null:
                    path = value;
                    break;
                default:
                    error = $"unexpected argument '{args[i]}'";
                    return false;
            }
        }

        if (path is null)
        {
            error = "missing the questions file (JSON Lines)";
            return false;
        }

        error = null;
        parsed = new EvalArguments(path, baseline, k, verbose, threshold);
        return true;
    }
}
