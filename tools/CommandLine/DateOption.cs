using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Assistant.CommandLine;

/// <summary>
/// Date options written yyyy-MM-dd only, whatever the machine's culture (the files and answer sets use that spelling);
/// null when not given, so each command states and applies its own default.
/// </summary>
internal static class DateOption
{
    public static Option<DateOnly?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = result => Parse(result, name),
    };

    private static DateOnly? Parse(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"{name} needs a date like 2026-11-25, got '{text}'");
        return null;
    }
}
