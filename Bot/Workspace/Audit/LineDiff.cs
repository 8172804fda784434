namespace Bot.Workspace.Audit;

/// <summary>A line removed (<c>-</c>) or added (<c>+</c>), with its 1-based number in the text it belongs to.</summary>
public sealed record LineChange(char Sign, int Line, string Text);

/// <summary>
/// The lines that differ between two versions of a content file (longest common subsequence), so the audit log shows
/// "+ aliases: - đánh rơi thẻ chip" rather than two whole procedure files. Files that are too long for the table
/// fall back to comparing line sets.
/// </summary>
public static class LineDiff
{
    private const int MaxCells = 4_000_000;

    public static IReadOnlyList<LineChange> Compare(string? before, string? after)
    {
        var a = Lines(before);
        var b = Lines(after);
        // Common head and tail first: edits are small, so the table is usually tiny.
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        var oldMiddle = a[head..(a.Length - tail)];
        var newMiddle = b[head..(b.Length - tail)];
        return (long)oldMiddle.Length * newMiddle.Length > MaxCells
            ? BySets(oldMiddle, newMiddle, head)
            : ByTable(oldMiddle, newMiddle, head);
    }

    private static List<LineChange> ByTable(string[] a, string[] b, int offset)
    {
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var changes = new List<LineChange>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                // Removals before additions, as diff tools show a replaced line.
                changes.Add(new LineChange('-', offset + x + 1, a[x]));
                x++;
            }
            else
            {
                changes.Add(new LineChange('+', offset + y + 1, b[y]));
                y++;
            }
        }

        return changes;
    }

    private static List<LineChange> BySets(string[] a, string[] b, int offset)
    {
        var inA = a.ToHashSet(StringComparer.Ordinal);
        var inB = b.ToHashSet(StringComparer.Ordinal);
        return a.Select((line, i) => (line, i)).Where(p => !inB.Contains(p.line)).Select(p => new LineChange('-', offset + p.i + 1, p.line))
            .Concat(b.Select((line, i) => (line, i)).Where(p => !inA.Contains(p.line)).Select(p => new LineChange('+', offset + p.i + 1, p.line)))
            .ToList();
    }

    private static string[] Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
}
