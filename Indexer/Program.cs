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
    new EvalCommand(mainSearchFactory: null),
    new ReportCommand(),
];

return await IndexerCli.RunAsync(args, commands, cts.Token);
