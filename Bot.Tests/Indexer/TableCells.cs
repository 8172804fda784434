namespace Bot.Tests.Indexer;

/// <summary>Reads one line of a table the Indexer printed (Spectre.Console, rounded border) back into its cells.</summary>
internal static class TableCells
{
    /// <summary>The trimmed cells of a table row; empty for borders, titles and other lines.</summary>
    public static List<string> Of(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('│') || !trimmed.EndsWith('│'))
        {
            return [];
        }

        return trimmed[1..^1].Split('│').Select(c => c.Trim()).ToList();
    }
}
