using System.Net;
using System.Text.RegularExpressions;
using KnowledgeBase.Content;
using KnowledgeBase.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Bot.Workspace;

/// <summary>The procedure editor at /bien-tap/thu-tuc on the real host, signed in, over a copy of the fixture catalogue.</summary>
public sealed class ProcedureEditorPageTests : IDisposable
{
    private const string Code = "1.014064";
    private const string Page = "/bien-tap/thu-tuc/" + Code;
    private readonly EditableContent _content = new();
    private readonly WorkspaceHost _host;

    public ProcedureEditorPageTests() => _host = new WorkspaceHost(_content.Settings);

    private static async Task<(string Html, string ETag)> OpenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(new Uri(Page, UriKind.Relative));
        var etag = Regex.Match(html, "name=\"ETag\" value=\"([^\"]*)\"|id=\"ETag\" name=\"ETag\" value=\"([^\"]*)\"");
        Assert.True(etag.Success, "the editor carries the ETag of the text it shows");
        return (html, etag.Groups[1].Success ? etag.Groups[1].Value : etag.Groups[2].Value);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await WorkspaceHost.AntiforgeryTokenAsync(client, Page);
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri($"{Page}?handler={handler}", UriKind.Relative), form);
    }

    [Fact]
    public async Task A_procedure_is_found_by_words_and_by_code_and_the_query_is_escaped()
    {
        using var client = await _host.SignedInClientAsync();

        var byWords = await client.GetStringAsync(new Uri("/bien-tap/thu-tuc?q=" + Uri.EscapeDataString("cấp lại căn cước <b>x</b>"), UriKind.Relative));
        var byCode = await client.GetStringAsync(new Uri("/bien-tap/thu-tuc?q=1.014064", UriKind.Relative));

        Assert.Contains("href=\"/bien-tap/thu-tuc/1.014064\"", byWords, StringComparison.Ordinal);
        Assert.Contains("href=\"/bien-tap/thu-tuc/1.014064\"", byCode, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", byWords, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", byWords, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_an_edit_writes_the_file_and_the_audit_log_names_the_signed_in_editor()
    {
        using var client = await _host.SignedInClientAsync();
        var (_, etag) = await OpenAsync(client);
        var edited = _content.ProcedureText(Code).Replace("name: Cấp lại thẻ căn cước", "name: Cấp lại thẻ căn cước\naliases:\n- làm lại căn cước bị mất", StringComparison.Ordinal);

        using var response = await PostAsync(client, "Save", new() { ["Text"] = edited, ["ETag"] = etag });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(edited, _content.ProcedureText(Code));
        var entry = Assert.Single(await _host.Services.GetRequiredService<AuditLog>().ReadRecentAsync(5, CancellationToken.None));
        Assert.Equal((WorkspaceHost.EditorName, "procedures/" + Code + ".md"), (entry.Editor, entry.File));
        var after = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("Đã lưu", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_editor_with_a_stale_page_is_told_and_sees_the_other_version_and_keeps_their_own_text()
    {
        using var client = await _host.SignedInClientAsync();
        var (_, etag) = await OpenAsync(client);
        var original = _content.ProcedureText(Code);
        using (var first = await PostAsync(client, "Save", new() { ["Text"] = original.Replace("Cấp lại thẻ căn cước\n", "Cấp lại thẻ căn cước (bản của An)\n", StringComparison.Ordinal), ["ETag"] = etag }))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await PostAsync(client, "Save", new() { ["Text"] = original + "\nBản của Bình.\n", ["ETag"] = etag });
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Một biên tập viên khác vừa lưu tệp này", html, StringComparison.Ordinal);
        Assert.Contains("bản của An", html, StringComparison.Ordinal);
        Assert.Contains("Bản của Bình.", html, StringComparison.Ordinal);
        Assert.Contains("bản của An", _content.ProcedureText(Code), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_text_is_shown_with_line_numbers_and_not_saved_and_editor_text_is_escaped()
    {
        using var client = await _host.SignedInClientAsync();
        var (_, etag) = await OpenAsync(client);
        var original = _content.ProcedureText(Code);
        var broken = original.Replace("## Trình tự thực hiện", "## <script>alert(1)</script>", StringComparison.Ordinal).Replace("code: \"1.014064\"\n", "", StringComparison.Ordinal);

        using var response = await PostAsync(client, "Save", new() { ["Text"] = broken, ["ETag"] = etag });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Nội dung có lỗi nên chưa được lưu", html, StringComparison.Ordinal);
        Assert.Matches("Dòng \\d+ \\(lỗi\\)", html);
        // The same Vietnamese message Indexer validate prints, from the one catalogue.
        Assert.Contains(ContentMessages.RequiredKey("code"), WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Equal(original, _content.ProcedureText(Code));
    }

    [Fact]
    public async Task An_unknown_key_under_facts_is_reported_in_Vietnamese_with_the_key_and_line_not_the_parsers_text()
    {
        using var client = await _host.SignedInClientAsync();
        var (_, etag) = await OpenAsync(client);
        var original = _content.ProcedureText(Code);
        var lines = original.Split('\n').ToList();
        var end = lines.IndexOf("---", 1);
        lines.InsertRange(end, ["facts:", "  bogus: 1"]);

        using var response = await PostAsync(client, "Check", new() { ["Text"] = string.Join('\n', lines), ["ETag"] = etag });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        // The file's line numbers count from 1; the key sits on the line after 'facts:'.
        Assert.Contains($"Trường 'bogus' không được hỗ trợ trong phần facts (dòng {end + 2})", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Property", html, StringComparison.Ordinal);
        Assert.DoesNotContain("FrontMatterFacts", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_renders_the_edited_procedure_page_with_the_text_escaped()
    {
        using var client = await _host.SignedInClientAsync();
        var (_, etag) = await OpenAsync(client);
        var edited = _content.ProcedureText(Code).Replace("# Cấp lại thẻ căn cước", "# Cấp lại thẻ căn cước", StringComparison.Ordinal)
            .Replace("name: Cấp lại thẻ căn cước", "name: Cấp lại thẻ căn cước <i>mới</i>", StringComparison.Ordinal);

        using var response = await PostAsync(client, "Preview", new() { ["Text"] = edited, ["ETag"] = etag });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("procedure__title", html, StringComparison.Ordinal);
        Assert.Contains("Cấp lại thẻ căn cước &lt;i&gt;mới&lt;/i&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trial_question_is_answered_from_the_edited_text_before_it_is_published()
    {
        using var client = await _host.SignedInClientAsync();
        var (_, etag) = await OpenAsync(client);
        const string question = "xin cấp thẻ xanh lá";
        var edited = _content.ProcedureText(Code).Replace("name: Cấp lại thẻ căn cước", "name: Cấp lại thẻ căn cước\naliases:\n- cấp thẻ xanh lá", StringComparison.Ordinal);

        using var before = await PostAsync(client, "Try", new() { ["Text"] = _content.ProcedureText(Code), ["ETag"] = etag, ["Question"] = question });
        using var after = await PostAsync(client, "Try", new() { ["Text"] = edited, ["ETag"] = etag, ["Question"] = question });

        Assert.DoesNotContain($"data-testid=\"trial-code\">{Code}<", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"trial-code\">{Code}<", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("cấp thẻ xanh lá", _content.ProcedureText(Code), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/bien-tap/thu-tuc/..%2F..%2Fappsettings")]
    [InlineData("/bien-tap/thu-tuc/9.999999")]
    [InlineData("/bien-tap/thu-tuc/%2Fetc%2Fpasswd")]
    public async Task A_file_name_outside_the_procedures_is_not_found(string path)
    {
        using var client = await _host.SignedInClientAsync();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose()
    {
        _host.Dispose();
        _content.Dispose();
    }
}
