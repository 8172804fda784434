using global::KnowledgeBase.Configuration;
using global::KnowledgeBase.Editing;
using global::KnowledgeBase.Indexing;
using global::KnowledgeBase.Matching;
using global::KnowledgeBase.Search;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Bot.Tests.KnowledgeBase.Editing;

public sealed class ContentPublisherTests : IDisposable
{
    private const string Question = "xin đổi thẻ xanh lá";
    private readonly EditingTestContent _content = new();
    private readonly LuceneProcedureSearch _search;
    private readonly ContentStore _store;
    private readonly ContentPublisher _publisher;

    public ContentPublisherTests()
    {
        Assert.True(_content.Catalogue.Build().Succeeded);
        _search = new LuceneProcedureSearch(_content.Catalogue.IndexPath, new SearchOptions());
        _store = _content.NewStore();
        _publisher = new ContentPublisher(
            MsOptions.Create(_content.Options),
            MsOptions.Create(new EditingOptions { KeepBuilds = 3 }),
            MsOptions.Create(new MatchingOptions()),
            _search,
            _store.Audit,
            TimeProvider.System,
            NullLoggerFactory.Instance);
    }

    private string? TopCode(string question) => _search.Search(new SearchRequest(question)) is [var top, ..] ? top.Procedure.Code : null;

    private Task<SaveResult> AddAlias() => new ContentEdits(_store, _content.Time).AddAliasAsync("3.000347", "đổi thẻ xanh lá", "an", CancellationToken.None);

    [Fact]
    public async Task A_publish_puts_the_edit_live_on_this_host_at_once_and_says_which_procedures_changed()
    {
        Assert.NotEqual("3.000347", TopCode(Question));
        await AddAlias();
        Assert.Equal(["procedures/3.000347.md"], _publisher.PendingChanges()!.Changed);

        var result = await _publisher.PublishAsync("an", CancellationToken.None);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal(["procedures/3.000347.md"], result.Changes.Changed);
        Assert.Equal("3.000347", ContentChanges.ProcedureCode(result.Changes.Changed[0]));
        Assert.Equal(result.Manifest!.Version, IndexLayout.ReadCurrent(_content.Catalogue.IndexPath));
        Assert.Equal("3.000347", TopCode(Question));
        Assert.False(_publisher.PendingChanges()!.Any);
        Assert.Contains(await _store.Audit.ReadRecentAsync(10, CancellationToken.None), e => e.Action == AuditEntry.Publish && e.Editor == "an");
    }

    [Fact]
    public async Task A_rollback_returns_to_the_previous_build_and_the_old_answer_in_one_step()
    {
        var first = IndexLayout.ReadCurrent(_content.Catalogue.IndexPath);
        await AddAlias();
        var published = await _publisher.PublishAsync("an", CancellationToken.None);

        var rollback = await _publisher.RollbackAsync("binh", null, CancellationToken.None);

        Assert.True(rollback.Succeeded, rollback.Error);
        Assert.Equal((published.Manifest!.Version, first), (rollback.From, rollback.To));
        Assert.Equal(first, IndexLayout.ReadCurrent(_content.Catalogue.IndexPath));
        Assert.NotEqual("3.000347", TopCode(Question));
        Assert.Equal([false, true], _publisher.History().Select(b => b.IsCurrent));
        Assert.Equal(["procedures/3.000347.md"], _publisher.PendingChanges()!.Changed);
    }

    [Fact]
    public async Task A_publish_that_breaks_an_earlier_fix_is_refused_with_the_failing_case_and_nothing_changes()
    {
        var before = IndexLayout.ReadCurrent(_content.Catalogue.IndexPath);
        await new ContentEdits(_store, _content.Time).AddRegressionAsync("đăng ký kết hôn", "1.001193", null, "an", CancellationToken.None);

        var result = await _publisher.PublishAsync("an", CancellationToken.None);

        Assert.Equal(PublishOutcome.Refused, result.Outcome);
        var failure = Assert.Single(result.RegressionFailures);
        Assert.Equal("1.000894", failure.TopCode);
        Assert.Equal(before, IndexLayout.ReadCurrent(_content.Catalogue.IndexPath));
        Assert.Single(_publisher.History());
    }

    [Fact]
    public async Task A_publish_of_content_with_errors_is_refused_with_file_and_line()
    {
        _content.Catalogue.WriteRaw("9.000001.md", "---\ncode: 9.000001\n---\n# Không tên\n");

        var result = await _publisher.PublishAsync("an", CancellationToken.None);

        Assert.Equal(PublishOutcome.Refused, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("9.000001.md", StringComparison.Ordinal) && d.Line > 0);
    }

    [Fact]
    public async Task A_publish_while_another_host_builds_is_told_so_and_changes_nothing()
    {
        var before = IndexLayout.ReadCurrent(_content.Catalogue.IndexPath);
        using (new FileStream(Path.Combine(_content.Catalogue.IndexPath, IndexLayout.LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var result = await _publisher.PublishAsync("an", CancellationToken.None);

            Assert.Equal(PublishOutcome.Busy, result.Outcome);
        }

        Assert.Equal(before, IndexLayout.ReadCurrent(_content.Catalogue.IndexPath));
    }

    [Fact]
    public async Task Older_builds_beyond_the_configured_number_are_removed_after_a_publish()
    {
        for (var i = 0; i < 4; i++)
        {
            var opened = _store.Read("synonyms.txt");
            await _store.SaveAsync("synonyms.txt", opened.Text + $"từ{i}a, từ{i}b\n", opened.ETag, "an", CancellationToken.None);
            Assert.Equal(PublishOutcome.Published, (await _publisher.PublishAsync("an", CancellationToken.None)).Outcome);
        }

        var history = _publisher.History();
        Assert.Equal(3, history.Count);
        Assert.True(history[0].IsCurrent);
    }

    public void Dispose()
    {
        _publisher.Dispose();
        _store.Dispose();
        _search.Dispose();
        _content.Dispose();
    }
}
