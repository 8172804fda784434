using global::KnowledgeBase.Content;
using global::KnowledgeBase.Editing;

namespace Bot.Tests.KnowledgeBase.Editing;

public sealed class ContentStoreTests : IDisposable
{
    private const string File1 = "procedures/1.014064.md";
    private readonly EditingTestContent _content = new();

    [Fact]
    public async Task Saving_with_the_etag_that_was_read_writes_the_text_and_logs_who_when_and_before_after()
    {
        using var store = _content.NewStore();
        var opened = store.Read(File1);
        var edited = opened.Text.Replace("khi bị mất hoặc hư hỏng", "khi bị mất, hư hỏng hoặc bị thu hồi", StringComparison.Ordinal);

        var result = await store.SaveAsync(File1, edited.Replace("\n", "\r\n", StringComparison.Ordinal), opened.ETag, "lan.nguyen", CancellationToken.None);

        Assert.Equal(SaveOutcome.Saved, result.Outcome);
        Assert.Equal(edited, File.ReadAllText(Path.Combine(_content.ContentPath, File1)));
        Assert.NotEqual(opened.ETag, result.Current.ETag);
        var entry = Assert.Single(await store.Audit.ReadRecentAsync(10, CancellationToken.None));
        Assert.Equal(("lan.nguyen", AuditEntry.Save, File1), (entry.Editor, entry.Action, entry.File));
        Assert.Equal(_content.Time.GetUtcNow(), entry.Time);
        Assert.Equal(opened.Text, entry.Before);
        Assert.Equal(edited, entry.After);
    }

    [Fact]
    public async Task A_second_editor_saving_over_a_changed_file_is_told_and_gets_the_current_text_and_nothing_is_lost()
    {
        using var first = _content.NewStore();
        using var second = _content.NewStore();
        var openedByFirst = first.Read(File1);
        var openedBySecond = second.Read(File1);
        var firstText = openedByFirst.Text.Replace("07 ngày", "05 ngày", StringComparison.Ordinal);
        await first.SaveAsync(File1, firstText, openedByFirst.ETag, "an", CancellationToken.None);

        var result = await second.SaveAsync(File1, openedBySecond.Text + "\nthêm dòng\n", openedBySecond.ETag, "binh", CancellationToken.None);

        Assert.Equal(SaveOutcome.Conflict, result.Outcome);
        Assert.Equal(firstText, result.Current.Text);
        Assert.Equal(firstText, File.ReadAllText(Path.Combine(_content.ContentPath, File1)));
        Assert.Single(await second.Audit.ReadRecentAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task Of_two_hosts_saving_the_same_opened_file_at_once_exactly_one_succeeds()
    {
        using var first = _content.NewStore();
        using var second = _content.NewStore();
        var opened = first.Read(File1);

        var results = await Task.WhenAll(
            Task.Run(() => first.SaveAsync(File1, opened.Text + "\nMột.\n", opened.ETag, "an", CancellationToken.None)),
            Task.Run(() => second.SaveAsync(File1, opened.Text + "\nHai.\n", opened.ETag, "binh", CancellationToken.None)));

        Assert.Equal([SaveOutcome.Saved, SaveOutcome.Conflict], results.Select(r => r.Outcome).Order());
        var saved = results.Single(r => r.Succeeded).Current.Text;
        Assert.Equal(saved, File.ReadAllText(Path.Combine(_content.ContentPath, File1)));
    }

    [Fact]
    public async Task Invalid_text_is_refused_with_the_messages_and_line_numbers_of_indexer_validate_and_nothing_is_written()
    {
        using var store = _content.NewStore();
        var opened = store.Read(File1);
        var broken = opened.Text.Replace("name: ", "nam: ", StringComparison.Ordinal).Replace("## Trình tự thực hiện", "## Trình tự", StringComparison.Ordinal);

        var result = await store.SaveAsync(File1, broken, opened.ETag, "an", CancellationToken.None);

        Assert.Equal(SaveOutcome.Invalid, result.Outcome);
        Assert.Equal(opened.Text, File.ReadAllText(Path.Combine(_content.ContentPath, File1)));
        Assert.Empty(await store.Audit.ReadRecentAsync(10, CancellationToken.None));
        File.WriteAllText(Path.Combine(_content.ContentPath, File1), broken);
        var validate = ContentLoader.Load(_content.ContentPath).Diagnostics.Where(d => d.File.EndsWith(File1, StringComparison.Ordinal));
        Assert.Equal(validate.Select(d => d.ToString()).Order(), result.Diagnostics.Select(d => d.ToString()).Order());
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Line > 0);
    }

    [Fact]
    public async Task A_procedure_renamed_to_a_code_another_file_uses_is_a_duplicate_code_error()
    {
        using var store = _content.NewStore();
        var opened = store.Read(File1);

        var result = await store.SaveAsync(File1, opened.Text.Replace("1.014064", "1.014063", StringComparison.Ordinal), opened.ETag, "an", CancellationToken.None);

        Assert.Equal(SaveOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("Mã 1.014063 bị trùng", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_synonym_line_is_refused_with_its_line_number()
    {
        using var store = _content.NewStore();
        var opened = store.Read("synonyms.txt");
        var lines = opened.Text.Split('\n').Length;

        var result = await store.SaveAsync("synonyms.txt", opened.Text + "chỉ một cụm\n", opened.ETag, "an", CancellationToken.None);

        Assert.Equal(SaveOutcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(lines, problem.Line);
        Assert.Contains("chỉ có một cụm từ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_regressions_file_is_created_from_the_missing_etag()
    {
        using var store = _content.NewStore();
        var opened = store.Read("regressions.jsonl");

        var result = await store.SaveAsync("regressions.jsonl", "{\"question\": \"làm lại căn cước\", \"code\": \"1.014064\"}\n", opened.ETag, "an", CancellationToken.None);

        Assert.False(opened.Exists);
        Assert.Equal(SaveOutcome.Saved, result.Outcome);
        var entry = Assert.Single(await store.Audit.ReadRecentAsync(10, CancellationToken.None));
        Assert.Null(entry.Before);
    }

    [Fact]
    public async Task A_path_outside_the_content_folder_is_neither_read_nor_written()
    {
        using var store = _content.NewStore();

        Assert.Throws<ContentPathException>(() => store.Read("../index/current"));
        await Assert.ThrowsAsync<ContentPathException>(() => store.SaveAsync("../audit/edits.md", "x", ContentFile.MissingETag, "an", CancellationToken.None));
        Assert.False(File.Exists(Path.Combine(_content.Catalogue.Root, "audit", "edits.md")));
    }

    public void Dispose() => _content.Dispose();
}
