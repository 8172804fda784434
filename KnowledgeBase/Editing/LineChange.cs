namespace KnowledgeBase.Editing;

/// <summary>
/// What an edit changed in a file, for the audit page: the lines between the common beginning and end of the two
/// texts, removed and added, with the line number where they start. An editor's change is usually one place, so
/// this reads like a one-hunk unified diff without a diff algorithm.
/// </summary>
public sealed record LineChange(int FirstLine, IReadOnlyList<string> Removed, IReadOnlyList<string> Added)
{
    public static LineChange Between(string? before, string? after)
    {
        var old = Lines(before);
        var @new = Lines(after);
        var start = 0;
        while (start < old.Length && start < @new.Length && old[start] == @new[start])
        {
            start++;
        }

        var endOld = old.Length;
        var endNew = @new.Length;
        while (endOld > start && endNew > start && old[endOld - 1] == @new[endNew - 1])
        {
            endOld--;
            endNew--;
        }

        return new LineChange(start + 1, old[start..endOld], @new[start..endNew]);
    }

    private static string[] Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.TrimEnd('\n').Split('\n');
}
