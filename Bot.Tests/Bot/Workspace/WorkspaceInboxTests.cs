using System.Net;
using System.Text.RegularExpressions;
using global::KnowledgeBase.Evaluation;
using global::KnowledgeBase.Feedback;

namespace Bot.Tests.Bot.Workspace;

public sealed partial class WorkspaceInboxTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 3, 0, 0, TimeSpan.Zero);

    private readonly WorkspaceHost _host = new();

    [Fact]
    public async Task TheSameNeedAskedSeveralWaysIsOneItemWithCountsDatesChannelsAndTheCurrentReply()
    {
        await LogAsync(
            Unanswered("cấp lại thẻ căn cước bị mất", Monday, "webchat"),
            Unanswered("Cấp lại thẻ căn cước bị mất ạ?", Monday.AddDays(1), "zalo"),
            Unanswered("mất thẻ căn cước cấp lại thế nào", Monday.AddDays(2), "webchat"),
            NotHelpful("cấp lại thẻ căn cước bị mất", Monday.AddDays(3), "1.014063"),
            Unanswered("đăng ký nuôi chó mèo", Monday.AddDays(1), "webchat"));
        using var client = await _host.SignedInClientAsync();

        var html = await client.GetStringAsync(new Uri("/bien-tap/hop-thu", UriKind.Relative));
        var items = Items(html);

        Assert.Equal(2, items.Count);
        Assert.Contains("<h2 data-testid=\"question\">cấp lại thẻ căn cước bị mất</h2>", items[0], StringComparison.Ordinal);
        Assert.Contains("4 lượt hỏi", items[0], StringComparison.Ordinal);
        Assert.Contains("3 lượt không tìm được câu trả lời", items[0], StringComparison.Ordinal);
        Assert.Contains("1 lượt đánh giá “Chưa hữu ích”", items[0], StringComparison.Ordinal);
        Assert.Contains("lần đầu 30/11/2026, lần cuối 03/12/2026", items[0], StringComparison.Ordinal);
        Assert.Contains("kênh: trò chuyện trên web, Zalo", items[0], StringComparison.Ordinal);
        Assert.Contains("3 cách hỏi khác nhau", items[0], StringComparison.Ordinal);
        var reply = items[0][items[0].IndexOf("data-testid=\"current-reply\"", StringComparison.Ordinal)..items[0].IndexOf("<datalist", StringComparison.Ordinal)];
        Assert.True(reply.Contains("data-kind=\"Answer\"", StringComparison.Ordinal) && reply.Contains("mã 1.014064", StringComparison.Ordinal), reply);
        Assert.Contains("đăng ký nuôi chó mèo", items[1], StringComparison.Ordinal);
        Assert.Contains("2 nhu cầu chưa xử lý", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalDataInTheLogIsMaskedOnThePageEvenWhenTheLineWasWrittenUnmasked()
    {
        Directory.CreateDirectory(_host.FeedbackFolder);
        await File.WriteAllTextAsync(
            Path.Combine(_host.FeedbackFolder, "feedback-2026-11.jsonl"),
            "{\"kind\":\"unanswered\",\"time\":\"2026-11-30T03:00:00+00:00\",\"question\":\"gọi lại cho tôi số 0912345678 về hộ chiếu\",\"channel\":\"webchat\"}\n");
        using var client = await _host.SignedInClientAsync();

        var html = await client.GetStringAsync(new Uri("/bien-tap/hop-thu", UriKind.Relative));

        Assert.DoesNotContain("0912345678", html, StringComparison.Ordinal);
        Assert.Contains("[phone]", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkupInACitizensQuestionIsShownAsTextEverywhereOnThePage()
    {
        await LogAsync(Unanswered("<script>alert('x')</script> \"><img src=x onerror=alert(1)> hộ chiếu", Monday, "webchat"));
        using var client = await _host.SignedInClientAsync();

        var html = await client.GetStringAsync(new Uri("/bien-tap/hop-thu", UriKind.Relative));

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttachingAsAnAliasChangesTheProcedureAddsARegressionCaseAndClosesTheItem()
    {
        await LogAsync(Unanswered("xin giấy tờ tùy thân mới vì đánh rơi", Monday, "webchat"));
        using var client = await _host.SignedInClientAsync();
        var key = Assert.Single(await KeysAsync(client));

        using var response = await PostAsync(client, "Alias", new() { ["Key"] = key, ["Code"] = "1.014064", ["Alias"] = "đánh rơi giấy tờ tùy thân", ["Confirmed"] = "true" });
        var after = await client.GetStringAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Đã thêm tên gọi khác", after, StringComparison.Ordinal);
        Assert.Empty(Keys(after));
        Assert.Contains("đánh rơi giấy tờ tùy thân", await File.ReadAllTextAsync(Path.Combine(_host.ContentPath, "procedures", "1.014064.md")), StringComparison.Ordinal);
        var regression = Assert.Single(RegressionReader.ReadContentFolder(_host.ContentPath));
        Assert.Equal(("xin giấy tờ tùy thân mới vì đánh rơi", "1.014064"), (regression.Question, regression.ExpectedCode));
        var decisions = new InboxDecisions(_host.FeedbackFolder).Read();
        Assert.Equal(InboxStatuses.Resolved, decisions[key].Status);
        Assert.Equal(WorkspaceHost.EditorName, decisions[key].Editor);
    }

    [Fact]
    public async Task ASynonymRuleIsPreviewedWithTheQuestionsItWouldMoveThenAddedWithItsRegressionCase()
    {
        await LogAsync(Unanswered("đánh rơi thẻ chip", Monday, "kiosk"));
        using var client = await _host.SignedInClientAsync();
        var key = Assert.Single(await KeysAsync(client));
        const string rule = "đánh rơi thẻ chip => cấp lại thẻ căn cước";

        using var preview = await PostAsync(client, "Preview", new() { ["Key"] = key, ["Rule"] = rule, ["Code"] = "1.014064" });
        var previewed = await preview.Content.ReadAsStringAsync();
        Assert.False(File.Exists(Path.Combine(_host.ContentPath, "synonyms.txt")), "a preview changes nothing");
        using var added = await PostAsync(client, "Synonym", new() { ["Key"] = key, ["Rule"] = rule, ["Code"] = "1.014064", ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("data-testid=\"synonym-preview\"", previewed, StringComparison.Ordinal);
        Assert.Contains("quy tắc này đổi kết quả của 1 câu", previewed, StringComparison.Ordinal);
        Assert.Contains("<td>đánh rơi thẻ chip</td>", previewed, StringComparison.Ordinal);
        Assert.Contains("value=\"đánh rơi thẻ chip =&gt; cấp lại thẻ căn cước\"", previewed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(rule, await File.ReadAllTextAsync(Path.Combine(_host.ContentPath, "synonyms.txt")), StringComparison.Ordinal);
        Assert.Equal("1.014064", Assert.Single(RegressionReader.ReadContentFolder(_host.ContentPath)).ExpectedCode);
    }

    [Fact]
    public async Task AMalformedSynonymRuleIsRefusedWithTheValidatorsMessage()
    {
        await LogAsync(Unanswered("đánh rơi thẻ chip", Monday, "kiosk"));
        using var client = await _host.SignedInClientAsync();
        var key = Assert.Single(await KeysAsync(client));

        using var added = await PostAsync(client, "Synonym", new() { ["Key"] = key, ["Rule"] = "=> cấp lại thẻ căn cước", ["Code"] = "1.014064", ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, added.StatusCode);
        Assert.Contains("synonyms.txt", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(RegressionReader.ReadContentFolder(_host.ContentPath));
        Assert.Equal([key], await KeysAsync(client));
    }

    [Fact]
    public async Task AnUnknownProcedureCodeIsRefusedInVietnameseAndChangesNothing()
    {
        await LogAsync(Unanswered("xin giấy tờ tùy thân mới vì đánh rơi", Monday, "webchat"));
        using var client = await _host.SignedInClientAsync();
        var key = Assert.Single(await KeysAsync(client));

        using var response = await PostAsync(client, "Alias", new() { ["Key"] = key, ["Code"] = "9.999999", ["Alias"] = "x" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không có thủ tục nào mang mã “9.999999”.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(RegressionReader.ReadContentFolder(_host.ContentPath));
    }

    [Fact]
    public async Task OutOfScopeAddsADeclineCaseAndDismissChangesNoContent()
    {
        await LogAsync(Unanswered("giá vàng hôm nay", Monday, "webchat"), Unanswered("test test", Monday, "webchat"));
        using var client = await _host.SignedInClientAsync();
        var keys = await KeysAsync(client);
        var gold = keys.Single(k => k.Contains("vang", StringComparison.Ordinal));
        var noise = keys.Single(k => k.Contains("test", StringComparison.Ordinal));

        using var outOfScope = await PostAsync(client, "OutOfScope", new() { ["Key"] = gold });
        using var dismissed = await PostAsync(client, "Dismiss", new() { ["Key"] = noise });
        var after = await client.GetStringAsync(new Uri("/bien-tap/hop-thu", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, outOfScope.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        var regression = Assert.Single(RegressionReader.ReadContentFolder(_host.ContentPath));
        Assert.True(regression.IsOutOfScope);
        Assert.Equal("giá vàng hôm nay", regression.Question);
        Assert.Empty(Keys(after));
        Assert.Contains("Hộp thư trống", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADismissedQuestionAskedAgainLaterComesBack()
    {
        await LogAsync(Unanswered("test test", Monday, "webchat"));
        using var client = await _host.SignedInClientAsync();
        var key = Assert.Single(await KeysAsync(client));
        using var dismissed = await PostAsync(client, "Dismiss", new() { ["Key"] = key });

        await LogAsync(Unanswered("test test", _host.Clock.GetUtcNow().AddMinutes(5), "kiosk"));
        var html = await client.GetStringAsync(new Uri("/bien-tap/hop-thu", UriKind.Relative));

        Assert.Equal([key], Keys(html));
        Assert.Contains("1 lượt hỏi", html, StringComparison.Ordinal);
        Assert.Contains("kênh: ki-ốt", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnItemAlreadyHandledByAnotherEditorIsReportedGone()
    {
        using var client = await _host.SignedInClientAsync();

        using var response = await PostAsync(client, "Dismiss", new() { ["Key"] = "khong con nua" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Mục này không còn trong hộp thư", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task LogAsync(params FeedbackRecord[] records) => LogAsync(_host.FeedbackFolder, records);

    internal static async Task LogAsync(string folder, params FeedbackRecord[] records)
    {
        using var log = new FeedbackLog(folder);
        foreach (var record in records)
        {
            await log.AppendAsync(record, CancellationToken.None);
        }
    }

    /// <summary>Posts one of the inbox's forms with the page's antiforgery token.</summary>
    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await WorkspaceHost.AntiforgeryTokenAsync(client, "/bien-tap/hop-thu");
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri($"/bien-tap/hop-thu?handler={handler}", UriKind.Relative), form);
    }

    internal static FeedbackRecord Unanswered(string question, DateTimeOffset time, string channel) =>
        new() { Kind = FeedbackKinds.Unanswered, Time = time, Question = question, Channel = channel };

    internal static FeedbackRecord NotHelpful(string question, DateTimeOffset time, string code) =>
        new() { Kind = FeedbackKinds.Rating, Time = time, Question = question, Helpful = false, ProcedureCode = code, Channel = "webchat" };

    private static List<string> Items(string html) =>
        html.Split("<li class=\"ws-item\"", StringSplitOptions.None).Skip(1).ToList();

    /// <summary>The open items' keys, most asked first, as the inbox page lists them.</summary>
    internal static async Task<List<string>> KeysAsync(HttpClient client) =>
        Keys(await client.GetStringAsync(new Uri("/bien-tap/hop-thu", UriKind.Relative)));

    internal static List<string> Keys(string html) =>
        KeyAttribute().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("data-testid=\"inbox-item\" data-key=\"([^\"]*)\"")]
    private static partial Regex KeyAttribute();

    public void Dispose() => _host.Dispose();
}
