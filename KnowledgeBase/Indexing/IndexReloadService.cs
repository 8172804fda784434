using KnowledgeBase.Configuration;
using KnowledgeBase.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Indexing;

/// <summary>Picks up builds the Indexer publishes while the host runs, so editors' changes go live without a restart.</summary>
internal sealed class IndexReloadService(IIndexReloader reloader, IOptions<KnowledgeBaseOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.ReloadIntervalSeconds;
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // Failures are logged by the searcher, which keeps serving the build it has.
            reloader.TryReload();
        }
    }
}
