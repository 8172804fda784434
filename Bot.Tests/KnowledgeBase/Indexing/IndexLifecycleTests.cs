using Bot.Tests.KnowledgeBase.Search;
using KnowledgeBase.Configuration;
using KnowledgeBase.Indexing;
using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Indexing;

public sealed class IndexLifecycleTests : IDisposable
{
    private readonly TestCatalogue _catalogue = new();

    public void Dispose() => _catalogue.Dispose();

    [Fact]
    public void BuildPublishesAManifestDescribingTheContent()
    {
        var result = _catalogue.Build();

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(result.Manifest!.Version, IndexLayout.ReadCurrent(_catalogue.IndexPath));
        var manifest = IndexManifest.Read(Path.Combine(result.BuildPath!, IndexLayout.ManifestFile));
        Assert.Equal(TestCatalogue.Procedures.Count, manifest.ProcedureCount);
        Assert.Equal(64, manifest.ContentFingerprint.Length);
        Assert.NotEmpty(manifest.SynonymsHash);
        Assert.True(File.Exists(Path.Combine(result.BuildPath!, IndexLayout.SynonymsFile)));
    }

    [Fact]
    public void BuildWithAnInvalidFileKeepsThePreviousIndexAndReportsTheFile()
    {
        var first = _catalogue.Build();
        using var search = new LuceneProcedureSearch(_catalogue.IndexPath, new SearchOptions());
        _catalogue.WriteRaw("9.000001.md", "---\ncode: \"9.000001\"\nname: Thủ tục hỏng\n---\n\n## Tiêu đề lạ\n");

        var second = _catalogue.Build();

        Assert.False(second.Succeeded);
        Assert.Contains(second.Diagnostics, d => d.File.EndsWith("9.000001.md", StringComparison.Ordinal) && d.Line > 0);
        Assert.Contains("9.000001.md:", second.Error, StringComparison.Ordinal);
        Assert.Equal(first.Manifest!.Version, IndexLayout.ReadCurrent(_catalogue.IndexPath));
        Assert.Single(Directory.GetDirectories(IndexLayout.BuildsPath(_catalogue.IndexPath)));
        Assert.False(search.TryReload());
        Assert.Equal("1.014064", search.Search(new SearchRequest("cấp lại căn cước"))[0].Procedure.Code);
    }

    [Fact]
    public void MalformedSynonymsRefuseTheBuildWithFileAndLine()
    {
        _catalogue.Build();
        File.AppendAllText(Path.Combine(_catalogue.ContentPath, IndexBuilder.SynonymsFile), "\nchỉ một cụm từ\n");

        var result = _catalogue.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("synonyms.txt", StringComparison.Ordinal) && d.Line > 100);
    }

    [Fact]
    public void TryReloadSwitchesToANewerBuildAndKeepsOnlyThePreviousOne()
    {
        _catalogue.Build();
        using var search = new LuceneProcedureSearch(_catalogue.IndexPath, new SearchOptions());
        var before = search.Info!.Version;
        var passport = TestCatalogue.Make("2.002150", "Cấp hộ chiếu phổ thông ở trong nước", ["Cấp tỉnh"], "Bộ Công an", "Quản lý xuất nhập cảnh",
            steps: "Nộp tờ khai đề nghị cấp hộ chiếu.", documents: "Tờ khai X01.", time: "08 ngày làm việc.", fees: "200.000 đồng.");
        _catalogue.Write(passport);
        Assert.True(_catalogue.Build().Succeeded);

        Assert.Null(search.GetByCode("2.002150"));
        Assert.True(search.TryReload());
        Assert.NotEqual(before, search.Info!.Version);
        Assert.Equal("2.002150", search.Search(new SearchRequest("lam ho chieu"))[0].Procedure.Code);
        Assert.False(search.TryReload());

        _catalogue.Build();
        var builds = Directory.GetDirectories(IndexLayout.BuildsPath(_catalogue.IndexPath)).Select(Path.GetFileName).ToArray();
        Assert.Equal(2, builds.Length);
        Assert.DoesNotContain(before, builds);
    }

    [Fact]
    public void BrokenPublishedBuildIsRejectedAndTheOldOneKeepsServing()
    {
        _catalogue.Build();
        using var search = new LuceneProcedureSearch(_catalogue.IndexPath, new SearchOptions());
        var serving = search.Info!.Version;
        var broken = IndexLayout.BuildPath(_catalogue.IndexPath, "20990101T000000000Z-deadbeef");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, IndexLayout.ManifestFile), "{ not json");
        IndexLayout.PublishCurrent(_catalogue.IndexPath, "20990101T000000000Z-deadbeef");

        Assert.False(search.TryReload(out var error));
        Assert.Contains("manifest", error, StringComparison.Ordinal);
        Assert.Equal(serving, search.Info!.Version);
        Assert.NotEmpty(search.Search(new SearchRequest("khai sinh")));
    }

    [Fact]
    public void PublishedBuildWithATruncatedIndexFileIsRejectedAndTheOldOneKeepsServing()
    {
        _catalogue.Build();
        using var search = new LuceneProcedureSearch(_catalogue.IndexPath, new SearchOptions());
        var serving = search.Info!.Version;
        var source = IndexLayout.BuildPath(_catalogue.IndexPath, serving);
        const string damagedName = "20990101T000000000Z-0badf11e";
        var damaged = IndexLayout.BuildPath(_catalogue.IndexPath, damagedName);
        Directory.CreateDirectory(damaged);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(damaged, Path.GetFileName(file)));
        }

        // The terms dictionary cut in half, as a disk-full copy would leave it.
        var terms = Directory.GetFiles(damaged, "*.tim").Single();
        using (var stream = new FileStream(terms, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        IndexLayout.PublishCurrent(_catalogue.IndexPath, damagedName);

        Assert.False(search.TryReload(out var error));
        Assert.Contains(damagedName, error, StringComparison.Ordinal);
        Assert.Equal(serving, search.Info!.Version);
        Assert.Equal("1.001193", search.Search(new SearchRequest("khai sinh"))[0].Procedure.Code);
    }

    [Fact]
    public void LeftoverPartialBuildIsNeverServedAndIsCleanedUp()
    {
        var partial = IndexLayout.BuildPath(_catalogue.IndexPath, "20200101T000000000Z-00000000") + IndexLayout.PartialSuffix;
        Directory.CreateDirectory(partial);
        File.WriteAllText(Path.Combine(partial, "_0.cfs"), "half written");
        using (var search = new LuceneProcedureSearch(_catalogue.IndexPath, new SearchOptions()))
        {
            Assert.False(search.IsLoaded);
            Assert.Empty(search.Search(new SearchRequest("khai sinh")));
        }

        Assert.True(_catalogue.Build().Succeeded);
        Assert.False(Directory.Exists(partial));
    }

    [Fact]
    public async Task SearchesRunningDuringReloadsNeverFail()
    {
        _catalogue.Build();
        using var search = new LuceneProcedureSearch(_catalogue.IndexPath, new SearchOptions());
        using var stop = new CancellationTokenSource();
        var completed = 0;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Assert.Equal("1.001193", search.Search(new SearchRequest("đăng ký khai sinh"))[0].Procedure.Code);
                Interlocked.Increment(ref completed);
            }
        })).ToArray();

        for (var i = 0; i < 3; i++)
        {
            // Each swap must happen while searches are in flight, however fast the machine builds.
            WaitForMoreSearches(ref completed, readers);
            Assert.True(_catalogue.Build().Succeeded);
            Assert.True(search.TryReload());
        }

        WaitForMoreSearches(ref completed, readers);
        stop.Cancel();
        await Task.WhenAll(readers);
    }

    private static void WaitForMoreSearches(ref int completed, Task[] readers)
    {
        var before = Volatile.Read(ref completed);
        while (Volatile.Read(ref completed) < before + 2 * readers.Length)
        {
            if (readers.FirstOrDefault(r => r.IsFaulted) is { } faulted)
            {
                faulted.GetAwaiter().GetResult();
            }

            Thread.Yield();
        }
    }
}
