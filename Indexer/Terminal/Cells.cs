using Spectre.Console;
using Spectre.Console.Rendering;

namespace Indexer.Terminal;

/// <summary>Table rows from plain strings: content text (names, questions) is never read as Spectre markup.</summary>
internal static class Cells
{
    public static Table AddPlainRow(this Table table, params string[] cells) =>
        table.AddRow(cells.Select(IRenderable (c) => new Text(c)).ToArray());

    /// <summary>A table as every command prints it: a rounded border, the title above.</summary>
    public static Table Create(string? title = null)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null)
        {
            table.Title = new TableTitle(Markup.Escape(title));
        }

        return table;
    }
}
