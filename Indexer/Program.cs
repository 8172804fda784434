using Indexer;

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};

return await IndexerCli.RunAsync(args, IndexerCli.Commands(), cts.Token);
