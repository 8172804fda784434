using KnowledgeBase.Import;

namespace Indexer.Commands;

/// <summary>Counts for the import summary: records written, failures, and how each flattened table came out.</summary>
internal sealed class ImportTally
{
    private readonly int[] _channels = new int[3];
    private readonly int[] _documents = new int[3];
    private readonly int[] _legal = new int[3];

    public int Written { get; private set; }

    public int WithUnparsedTables { get; private set; }

    public int Failed { get; set; }

    public void Add(ImportedProcedure imported)
    {
        Written++;
        WithUnparsedTables += imported.HasUnparsedTable ? 1 : 0;
        _channels[(int)imported.Channels]++;
        _documents[(int)imported.Documents]++;
        _legal[(int)imported.LegalBasis]++;
    }

    public async Task WriteSummaryAsync(TextWriter output, int records)
    {
        await output.WriteLineAsync($"records: {records}, written: {Written}, failed: {Failed}, with unparsed tables (original text kept): {WithUnparsedTables}");
        await output.WriteLineAsync("table        parsed  no-data  kept-original");
        await Row(output, "channels", _channels);
        await Row(output, "documents", _documents);
        await Row(output, "legal-basis", _legal);
    }

    private static Task Row(TextWriter output, string name, int[] counts) =>
        output.WriteLineAsync($"{name,-12} {counts[(int)TableOutcome.Parsed],6}  {counts[(int)TableOutcome.NoData],7}  {counts[(int)TableOutcome.KeptOriginal],13}");
}
