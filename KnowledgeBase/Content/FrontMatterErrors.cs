using System.Reflection;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace KnowledgeBase.Content;

/// <summary>
/// Says in Vietnamese why YamlDotNet refused a front matter. Its own texts are English and name .NET types
/// ("Property 'bogus' not found on type 'KnowledgeBase.Content.FrontMatterFacts'"), which an editor cannot act on;
/// the key is read from the offending line, since the exceptions carry only a position.
/// </summary>
internal static partial class FrontMatterErrors
{
    // The front matter's classes as editors know them: the part of the file each one reads.
    private static readonly Dictionary<string, (string Part, Type Type)> Parts = new[]
    {
        ("", typeof(FrontMatter)),
        ("facts", typeof(FrontMatterFacts)),
        ("facts.fees", typeof(FrontMatterFee)),
        ("facts.times", typeof(FrontMatterTime)),
        ("channels", typeof(FrontMatterChannel)),
    }.ToDictionary(p => p.Item2.FullName!, p => (p.Item1, p.Item2), StringComparer.Ordinal);

    /// <param name="yamlLines">The front matter's lines as parsed (the exception's line numbers count them from 1).</param>
    /// <param name="firstLine">The file's line of the front matter's first line.</param>
    /// <returns>The file's line the problem is on, and the message.</returns>
    public static (int Line, string Message) Describe(YamlException exception, IReadOnlyList<string> yamlLines, int firstLine)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(yamlLines);
        // A tab in the indentation is never valid, but YamlDotNet reports it on another line or as something else.
        var tabbed = yamlLines.ToList().FindIndex(l => LeadingTab().IsMatch(l));
        if (tabbed >= 0)
        {
            return (firstLine + tabbed, ContentMessages.TabIndent(firstLine + tabbed));
        }

        var number = (int)Math.Max(exception.Start.Line, 1);
        var line = firstLine + number - 1;
        var at = LineAt(yamlLines, number);
        return (line, Message(exception, yamlLines, number, at, line));
    }

    private static string Message(YamlException exception, IReadOnlyList<string> yamlLines, int number, string at, int line)
    {
        // YamlDotNet wraps what a converter threw ("Exception during deserialization"); the cause is in the inner text.
        var message = exception.InnerException is { } cause ? exception.Message + " | " + cause.Message : exception.Message;
        if (UnknownProperty().Match(message) is { Success: true } unknown && unknown.Groups[1].Length > 0)
        {
            return Parts.TryGetValue(unknown.Groups[2].Value, out var part)
                ? ContentMessages.UnknownKey(unknown.Groups[1].Value, part.Part, line, KeysOf(part.Type))
                : ContentMessages.UnknownKey(unknown.Groups[1].Value, "", line, KeysOf(typeof(FrontMatter)));
        }

        var (key, own) = KeyFor(yamlLines, number, (int)exception.Start.Column);
        // Text expected, a list or group found: in a list item without a key of its own ("- Cấp tỉnh: x" under levels) the item is at fault.
        var notText = ListItem().IsMatch(at) && !own ? ContentMessages.ListItemNotText(key, line) : ContentMessages.NotText(key, line);
        if (Has(message, "Failed to create an instance of type"))
        {
            return notText;
        }

        switch (exception.InnerException)
        {
            case FormatException inner when inner.Message.Contains("Boolean", StringComparison.Ordinal):
                return ContentMessages.NotBoolean(key, ValueOf(at, exception), line);
            case FormatException:
                return ContentMessages.NotNumber(key, ValueOf(at, exception), line);
            case OverflowException:
                return ContentMessages.NumberTooLarge(key, ValueOf(at, exception), line);
            case InvalidCastException cast when cast.Message.Contains("System.Collections.Generic.List", StringComparison.Ordinal):
                return ContentMessages.NotList(key, line);
            case InvalidCastException:
                return ContentMessages.NotGroup(key, line);
            case InvalidOperationException inner when inner.Message.Contains("current state of the object", StringComparison.Ordinal):
                // What YamlDotNet's parser throws when a flow collection ('[…', '{…') runs to the end unclosed.
                return ContentMessages.UnclosedBracket(line);
        }

        if (exception is AnchorNotFoundException)
        {
            return ContentMessages.ReservedStart("*", line);
        }

        if (ReservedFirst(at) is { } character)
        {
            return ContentMessages.ReservedStart(character, line);
        }

        return message switch
        {
            _ when Has(message, "Expected 'SequenceStart'") => ContentMessages.NotList(key, line),
            _ when Has(message, "Expected 'MappingStart'") => ContentMessages.NotGroup(key, line),
            _ when NoDeserializer().Match(message) is { Success: true } node => node.Groups[1].Value == typeof(FrontMatter).FullName
                ? ContentMessages.FrontMatterNotKeys(line)
                : notText,
            _ when Has(message, "Expected 'Scalar'") => notText,
            _ when Has(message, "got 'DocumentStart'") => ContentMessages.DashesInside(line),
            _ when Has(message, "flow sequence") || Has(message, "flow mapping") => ContentMessages.UnclosedBracket(line),
            _ when Has(message, "could not find expected ':'") => ContentMessages.ColonMissing(line),
            _ when UnknownProperty().IsMatch(message) => ContentMessages.ColonInValue(line),
            _ when Has(message, "quoted scalar") => ContentMessages.UnclosedQuote(line),
            _ when Has(message, "anchor or alias") => ContentMessages.ReservedStart(CharacterAt(at, exception), line),
            _ when Has(message, "cannot start any token") => ContentMessages.ReservedStart(CharacterAt(at, exception), line),
            _ when Has(message, "tag") => ContentMessages.ReservedStart("!", line),
            _ when Has(message, "Duplicate key") => ContentMessages.DuplicateKey(key, line),
            _ when Has(message, "invalid mapping") || Has(message, "Mapping values are not allowed") => ContentMessages.ColonInValue(line),
            _ when Has(message, "indentation") || Has(message, "did not find expected") || Has(message, "not allowed in this context")
                => ContentMessages.Indentation(line),
            _ => ContentMessages.FrontMatterUnreadable(line, FirstLine(exception.InnerException?.Message ?? message)),
        };
    }

    /// <summary>YamlDotNet refuses some malformed tags ("!&lt;a b&gt;": "Global tags must be valid URIs") with an <see cref="ArgumentException"/>.</summary>
    public static string Describe(ArgumentException exception, int line)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Message.Contains("tag", StringComparison.OrdinalIgnoreCase)
            ? ContentMessages.ReservedStart("!", line)
            : ContentMessages.FrontMatterUnreadable(line, FirstLine(exception.Message));
    }

    private static string LineAt(IReadOnlyList<string> lines, long number) =>
        number >= 1 && number <= lines.Count ? lines[(int)number - 1] : "";

    /// <summary>
    /// The key whose value starts at the position: the one the line sets when the value follows it on the line
    /// ("    amount: abc"), else the parent's, on the closest line above indented less ("aliases:" above "  a: b").
    /// </summary>
    private static (string Key, bool Own) KeyFor(IReadOnlyList<string> lines, int number, int column)
    {
        var at = LineAt(lines, number);
        if (KeyOnLine().Match(at) is { Success: true } own && own.Groups[1].Index + own.Groups[1].Length < column - 1)
        {
            return (Unquote(own.Groups[1].Value), true);
        }

        var indent = Indent(at);
        for (var above = number - 1; above >= 1; above--)
        {
            var line = LineAt(lines, above);
            if (line.Trim().Length > 0 && Indent(line) < indent && KeyOnLine().Match(line) is { Success: true } parent)
            {
                return (Unquote(parent.Groups[1].Value), false);
            }
        }

        return (KeyOnLine().Match(at) is { Success: true } any ? Unquote(any.Groups[1].Value) : "?", false);
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ', '-').Length;

    private static string Unquote(string key) => key.Trim().Trim('"', '\'');

    private static bool Has(string message, string part) => message.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static string ValueOf(string line, YamlException exception)
    {
        var start = (int)exception.Start.Column - 1;
        var end = exception.End.Line == exception.Start.Line ? (int)exception.End.Column - 1 : line.Length;
        return start >= 0 && start < end && end <= line.Length ? line[start..end].Trim() : line.Trim();
    }

    /// <summary>The reserved character a value or the line itself begins with, if any.</summary>
    private static string? ReservedFirst(string line)
    {
        var match = ReservedValueStart().Match(line);
        if (!match.Success)
        {
            match = ReservedLineStart().Match(line);
        }

        return match.Success ? match.Groups[1].Value.Trim() : null;
    }

    private static string CharacterAt(string line, YamlException exception)
    {
        var column = (int)exception.Start.Column - 1;
        return column >= 0 && column < line.Length ? line[column].ToString() : "?";
    }

    private static IEnumerable<string> KeysOf(Type type) =>
        type.GetProperties().Select(p => p.GetCustomAttribute<YamlMemberAttribute>()?.Alias).OfType<string>();

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    [GeneratedRegex(@"^Property '(.*)' not found on type '(.+?)'")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"No node deserializer was able to deserialize the node into type ([^,]+)")]
    private static partial Regex NoDeserializer();

    [GeneratedRegex(@"^ *\t")]
    private static partial Regex LeadingTab();

    /// <summary>A value beginning with a character YAML reserves (an alias '*', anchor '&amp;', tag '!', '@', '`', '%', '|', '&gt;', '- ' or '? ').</summary>
    [GeneratedRegex(@"^\s*(?:-\s+)?[^\s:#][^:#]*?:\s+([*&!@`%|>]|[-?]\s)")]
    private static partial Regex ReservedValueStart();

    [GeneratedRegex(@"^\s*-\s")]
    private static partial Regex ListItem();

    /// <summary>A line, or a list item, beginning with such a character ("%levels:", "  * time: …").</summary>
    [GeneratedRegex(@"^\s*(?:-\s*)?([*&!@`%|>])")]
    private static partial Regex ReservedLineStart();

    [GeneratedRegex(@"^\s*(?:-\s+)?([^\s:#'""\-][^:#]*?|""[^""]*""|'[^']*')\s*:(?:\s|$)")]
    private static partial Regex KeyOnLine();
}
