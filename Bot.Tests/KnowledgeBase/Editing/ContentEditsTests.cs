using global::KnowledgeBase.Configuration;
using global::KnowledgeBase.Content;
using global::KnowledgeBase.Editing;
using global::KnowledgeBase.Evaluation;
using global::KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Editing;

public sealed class ContentEditsTests : IDisposable
{
    private readonly EditingTestContent _content = new();

    [Fact]
    public async Task An_alias_is_added_to_the_procedures_front_matter_once_and_logged()
    {
        using var store = _content.NewStore();
        var edits = new ContentEdits(store, _content.Time);

        var first = await edits.AddAliasAsync("3.000347", "đổi bằng lái  ô tô", "an", CancellationToken.None);
        var again = await edits.AddAliasAsync("3.000347", "Đổi bằng lái ô tô", "an", CancellationToken.None);

        Assert.Equal(SaveOutcome.Saved, first.Outcome);
        Assert.Equal(first.Current.ETag, again.Current.ETag);
        var procedure = ProcedureMarkdownReader.Read(first.Current.Text, "x.md").Procedure!;
        Assert.Equal(["đổi bằng lái ô tô"], procedure.Aliases);
        var entry = Assert.Single(await store.Audit.ReadRecentAsync(10, CancellationToken.None));
        Assert.Equal((AuditEntry.AddAlias, "procedures/3.000347.md", "đổi bằng lái ô tô"), (entry.Action, entry.File, entry.Detail));
    }

    [Fact]
    public async Task An_alias_for_a_code_without_a_file_is_refused()
    {
        using var store = _content.NewStore();

        await Assert.ThrowsAsync<FileNotFoundException>(() => new ContentEdits(store, _content.Time).AddAliasAsync("9.999999", "gì đó", "an", CancellationToken.None));
    }

    [Fact]
    public async Task A_synonym_rule_is_appended_as_one_line_and_a_malformed_one_is_refused()
    {
        using var store = _content.NewStore();
        var edits = new ContentEdits(store, _content.Time);

        var added = await edits.AddSynonymAsync("thẻ xanh lá  => giấy phép lái xe", "an", CancellationToken.None);
        var refused = await edits.AddSynonymAsync("chỉ một cụm", "an", CancellationToken.None);

        Assert.Equal(SaveOutcome.Saved, added.Outcome);
        Assert.EndsWith("\nthẻ xanh lá => giấy phép lái xe\n", added.Current.Text, StringComparison.Ordinal);
        Assert.Equal(SaveOutcome.Invalid, refused.Outcome);
        Assert.Equal(added.Current.Text, store.Read("synonyms.txt").Text);
    }

    [Fact]
    public async Task A_resolved_question_becomes_a_regression_case_the_reader_reads_back()
    {
        using var store = _content.NewStore();
        var edits = new ContentEdits(store, _content.Time);

        await edits.AddRegressionAsync("mất \"căn cước\" thì làm sao", "1.014064", "từ hộp thư", "an", CancellationToken.None);
        await edits.AddRegressionAsync("mất \"căn cước\" thì làm sao", "1.014064", null, "an", CancellationToken.None);
        await edits.AddRegressionAsync("thời tiết hôm nay", null, null, "an", CancellationToken.None);

        var cases = RegressionReader.ReadContentFolder(_content.ContentPath);
        Assert.Equal(2, cases.Count);
        Assert.Equal(("mất \"căn cước\" thì làm sao", "1.014064", "từ hộp thư", new DateOnly(2026, 12, 6)), (cases[0].Question, cases[0].ExpectedCode, cases[0].Note, cases[0].Added));
        Assert.True(cases[1].IsOutOfScope);
        Assert.Contains("căn cước", File.ReadAllText(Path.Combine(_content.ContentPath, RegressionCase.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_lists_the_questions_a_synonym_rule_would_send_to_another_procedure()
    {
        Assert.True(_content.Catalogue.Build().Succeeded);
        using var published = new LuceneProcedureSearch(_content.Catalogue.IndexPath, new SearchOptions());
        using var store = _content.NewStore();
        var preview = new SynonymPreview(store, published, Microsoft.Extensions.Options.Options.Create(_content.Options));

        var result = preview.Preview("thẻ xanh lá => giấy phép lái xe", ["xin đổi thẻ xanh lá", "đăng ký kết hôn"], CancellationToken.None);

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.QuestionsTried);
        var change = Assert.Single(result.Changes);
        Assert.Equal(("xin đổi thẻ xanh lá", "3.000347"), (change.Question, change.AfterCode));
        Assert.NotEqual("3.000347", change.BeforeCode);
    }

    [Fact]
    public void The_preview_of_a_malformed_rule_says_what_is_wrong_and_builds_nothing()
    {
        using var published = new LuceneProcedureSearch(_content.Catalogue.IndexPath, new SearchOptions());
        using var store = _content.NewStore();
        var preview = new SynonymPreview(store, published, Microsoft.Extensions.Options.Options.Create(_content.Options));

        var result = preview.Preview("a => b => c", ["x"], CancellationToken.None);

        Assert.Contains(result.Problems, p => p.Severity == DiagnosticSeverity.Error && p.Message.Contains("nhiều hơn một '=>'", StringComparison.Ordinal));
        Assert.Empty(result.Changes);
    }

    public void Dispose() => _content.Dispose();
}
