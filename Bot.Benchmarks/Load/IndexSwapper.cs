using System.Diagnostics;
using KnowledgeBase.Indexing;
using KnowledgeBase.Search;

namespace Bot.Benchmarks.Load;

/// <summary>
/// <c>--swap-index</c>: while the load runs, rebuilds the index from content into a new build folder (as the Indexer
/// does), has the running Bot reload it, then keeps switching the published pointer between the old and the new
/// build every few seconds, reloading each time. The phases' failed-turn counts show whether any turn noticed.
/// </summary>
internal sealed class IndexSwapper
{
    private static readonly TimeSpan FirstBuildAfter = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan SwapEvery = TimeSpan.FromSeconds(3);

    private readonly string _contentPath;
    private readonly string _indexPath;
    private readonly IIndexReloader _reloader;

    public IndexSwapper(string contentPath, string indexPath, IIndexReloader reloader)
    {
        _contentPath = contentPath;
        _indexPath = indexPath;
        _reloader = reloader;
    }

    public int Swaps { get; private set; }

    public TimeSpan RebuildTime { get; private set; }

    public string? Error { get; private set; }

    /// <summary>A private index folder holding a copy of <paramref name="sourceIndexPath"/>'s published build, so the run never touches it.</summary>
    public static string CopyPublishedIndex(string sourceIndexPath)
    {
        var name = IndexLayout.ReadCurrent(sourceIndexPath) ?? throw new InvalidOperationException($"no published index in {sourceIndexPath}");
        var target = Path.Combine(Path.GetTempPath(), "assistant-load-index-" + Guid.NewGuid().ToString("N")[..8]);
        var source = IndexLayout.BuildPath(sourceIndexPath, name);
        var copy = IndexLayout.BuildPath(target, name);
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        IndexLayout.PublishCurrent(target, name);
        return target;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(FirstBuildAfter, cancellationToken);
            var original = IndexLayout.ReadCurrent(_indexPath)!;
            var clock = Stopwatch.StartNew();
            var built = await Task.Run(() => new IndexBuilder().Build(_contentPath, _indexPath, cancellationToken: cancellationToken), cancellationToken);
            RebuildTime = clock.Elapsed;
            if (!built.Succeeded)
            {
                Error = "rebuild failed: " + built.Error;
                return;
            }

            var rebuilt = IndexLayout.ReadCurrent(_indexPath)!;
            var builds = new[] { rebuilt, original };
            for (var next = 0; !cancellationToken.IsCancellationRequested; next++)
            {
                IndexLayout.PublishCurrent(_indexPath, builds[next % 2]);
                if (_reloader.TryReload())
                {
                    Swaps++;
                }

                await Task.Delay(SwapEvery, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The load is over.
        }
    }
}
