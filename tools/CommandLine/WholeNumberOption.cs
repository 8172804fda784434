using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Assistant.CommandLine;

/// <summary>Whole-number options with a range; a bad value is a parse error (exit code 2) in one wording for every command.</summary>
internal static class WholeNumberOption
{
    public static Option<int> Create(string name, string description, int fallback, int min, int max) => new(name)
    {
        Description = $"{description} ({min} to {max})",
        DefaultValueFactory = _ => fallback,
        CustomParser = result => Parse(result, name, fallback, min, max),
    };

    /// <summary>An option whose default depends on other options: null when not given.</summary>
    public static Option<int?> CreateOptional(string name, string description, int min, int max) => new(name)
    {
        Description = $"{description} ({min} to {max})",
        CustomParser = result => Parse(result, name, 0, min, max),
    };

    private static int Parse(ArgumentResult result, string name, int fallback, int min, int max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"{name} must be a whole number from {min} to {max}, got '{text}'");
        return fallback;
    }
}
