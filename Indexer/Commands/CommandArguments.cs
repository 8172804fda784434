namespace Indexer.Commands;

/// <summary>Minimal option parsing for the verbs: named options with a value, and positional words.</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CommandArguments()
    {
    }

    public List<string> Positional { get; } = [];

    public string? Error { get; private set; }

    public static CommandArguments Parse(IReadOnlyList<string> args, params string[] optionsWithValue)
    {
        var parsed = new CommandArguments();
        for (var i = 0; i < args.Count; i++)
        {
            if (optionsWithValue.Contains(args[i]))
            {
                if (i + 1 >= args.Count)
                {
                    parsed.Error = $"{args[i]} needs a value";
                    return parsed;
                }

                parsed._options[args[i]] = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Error = $"unknown option '{args[i]}'";
                return parsed;
            }
            else
            {
                parsed.Positional.Add(args[i]);
            }
        }

        return parsed;
    }

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public bool TryGetInt(string name, int fallback, int min, int max, out int value)
    {
        value = fallback;
        if (Get(name) is not { } text)
        {
            return true;
        }

        if (int.TryParse(text, out value) && value >= min && value <= max)
        {
            return true;
        }

        Error = $"{name} must be a number from {min} to {max}, got '{text}'";
        return false;
    }
}
