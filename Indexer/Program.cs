using Indexer;
using Indexer.Commands;

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};

IIndexerCommand[] commands =
[
    new ImportCommand(),
    new ValidateCommand(),
    new BuildCommand(),
    new SearchCommand(),
    new StatsCommand(),
    new EvalCommand(ScratchIndexSearch.Create),
    new BenchCommand(),
    new ReportCommand(),
];

return await IndexerCli.RunAsync(args, commands, cts.Token);
