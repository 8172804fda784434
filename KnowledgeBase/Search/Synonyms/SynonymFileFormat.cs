using KnowledgeBase.Content;

namespace KnowledgeBase.Search.Synonyms;

/// <summary>
/// One line of <c>synonyms.txt</c> (Solr style):
/// <code>
/// # comment; blank lines are ignored
/// cccd, căn cước công dân, thẻ căn cước      any phrase finds the others too
/// bằng lái, gplx => giấy phép lái xe          left phrases also search the right ones, not the reverse
/// </code>
/// Phrases are compared without case or diacritics. A "#" starts a comment at the start of a line or after a space.
/// </summary>
public static class SynonymFileFormat
{
    public const string ExplicitArrow = "=>";

    /// <summary>Returns the rule on the line, null for a blank or comment line; <paramref name="error"/> explains a malformed line.</summary>
    public static SynonymRule? ParseLine(string line, out string? error)
    {
        ArgumentNullException.ThrowIfNull(line);
        error = null;
        var text = StripComment(line).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var arrow = text.IndexOf(ExplicitArrow, StringComparison.Ordinal);
        if (arrow < 0)
        {
            var group = SplitPhrases(text, out error);
            if (group is null)
            {
                return null;
            }

            if (group.Count < 2)
            {
                error = ContentMessages.SinglePhrase(text);
                return null;
            }

            return new SynonymRule(group, [], Explicit: false);
        }

        if (text.IndexOf(ExplicitArrow, arrow + ExplicitArrow.Length, StringComparison.Ordinal) >= 0)
        {
            error = ContentMessages.MoreThanOneArrow;
            return null;
        }

        var from = SplitPhrases(text[..arrow], out error);
        if (from is null)
        {
            error = ContentMessages.ArrowSide(left: true, error!);
            return null;
        }

        var to = SplitPhrases(text[(arrow + ExplicitArrow.Length)..], out error);
        if (to is null)
        {
            error = ContentMessages.ArrowSide(left: false, error!);
            return null;
        }

        return new SynonymRule(from, to, Explicit: true);
    }

    private static string StripComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }

    private static List<string>? SplitPhrases(string text, out string? error)
    {
        error = null;
        if (text.Trim().Length == 0)
        {
            error = ContentMessages.NoPhrase;
            return null;
        }

        var phrases = new List<string>();
        foreach (var part in text.Split(','))
        {
            var phrase = string.Join(' ', part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (phrase.Length == 0)
            {
                error = ContentMessages.EmptyPhrase;
                return null;
            }

            phrases.Add(phrase);
        }

        return phrases;
    }
}

/// <summary>A parsed line: equivalent phrases, or (when <paramref name="Explicit"/>) phrases that expand to others.</summary>
public sealed record SynonymRule(IReadOnlyList<string> From, IReadOnlyList<string> To, bool Explicit);
