using System.Net;
using System.Text.RegularExpressions;
using global::KnowledgeBase.Evaluation;
using static Bot.Tests.Bot.Workspace.WorkspaceInboxTests;

namespace Bot.Tests.Bot.Workspace;

/// <summary>
/// Attaching an inbox question to a procedure writes a regression case that enforces the choice, so the inbox must not
/// make a wrong one a single click: the code box starts empty, a row search lists procedures to pick from, and nothing
/// is written before the editor has read what will be and confirmed.
/// </summary>
public sealed partial class InboxAttachmentTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 3, 0, 0, TimeSpan.Zero);

    private readonly WorkspaceHost _host = new();

    private string ProcedureFile(string code) => File.ReadAllText(Path.Combine(_host.ContentPath, "procedures", code + ".md"));

    [Fact]
    public async Task TheCodeBoxesStartEmptyAndTheAssistantsCurrentGuessIsShownOnlyAsInformation()
    {
        await LogAsync(_host.FeedbackFolder, Unanswered("cấp lại thẻ căn cước bị mất", Monday, "webchat"));
        using var client = await _host.SignedInClientAsync();

        var html = await client.GetStringAsync(new Uri("/bien-tap/hop-thu", UriKind.Relative));

        Assert.Contains("mã 1.014064", Between(html, "data-testid=\"current-reply\"", "</div>"), StringComparison.Ordinal);
        Assert.Equal(["", ""], CodeValues().Matches(html).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task TheRowSearchListsTheTopFiveProceduresWithNamesAndCodesEachWithAButtonThatPicksIt()
    {
        await LogAsync(_host.FeedbackFolder, Unanswered("vợ tôi là người Hàn Quốc", Monday, "webchat"));
        using var client = await _host.SignedInClientAsync();
        var key = Assert.Single(await KeysAsync(client));

        var page = await client.GetStringAsync(new Uri("/bien-tap/hop-thu", UriKind.Relative));
        var html = await client.GetStringAsync(new Uri($"/bien-tap/hop-thu?muc={Uri.EscapeDataString(key)}&tim={Uri.EscapeDataString("thẻ căn cước")}", UriKind.Relative));

        // The row offers the search, prefilled with the question.
        Assert.Contains("name=\"tim\" value=\"vợ tôi là người Hàn Quốc\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"search-results\"", page, StringComparison.Ordinal);
        var results = Between(html, "data-testid=\"search-results\"", "</table>");
        var picked = PickedCodes().Matches(results).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, picked.Count);
        Assert.Equal(5, picked.Distinct().Count());
        Assert.Contains("<td>1.014064</td>", results, StringComparison.Ordinal);
        Assert.Contains(">Cấp lại thẻ căn cước</a>", results, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Count(results, "Chọn thủ tục này</button>"));
    }

    [Fact]
    public async Task AttachingFirstShowsWhatWillBeWrittenAndWritesNothingUntilTheEditorConfirms()
    {
        const string question = "vợ tôi là người Hàn Quốc muốn làm lại căn cước";
        await LogAsync(_host.FeedbackFolder, Unanswered(question, Monday, "webchat"));
        using var client = await _host.SignedInClientAsync();
        var key = Assert.Single(await KeysAsync(client));
        var before = ProcedureFile("1.014064");

        using var preview = await PostAsync(client, "Alias", new() { ["Key"] = key, ["Code"] = "1.014064", ["Alias"] = question });
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Matches($"Câu hỏi “<strong>{question}</strong>” sẽ được trả lời bằng thủ tục\\s+“<strong>Cấp lại thẻ căn cước</strong>” \\(mã 1\\.014064, ", html);
        Assert.Contains("ca kiểm thử hồi quy", html, StringComparison.Ordinal);
        Assert.Equal(before, ProcedureFile("1.014064"));
        Assert.Empty(RegressionReader.ReadContentFolder(_host.ContentPath));
        Assert.Equal([key], await KeysAsync(client));

        // The confirmation posts the same choice once more, confirmed.
        var confirmation = Between(html, "data-testid=\"attach-confirmation\"", "</section>");
        Assert.Contains("name=\"Confirmed\" value=\"true\"", confirmation, StringComparison.Ordinal);
        Assert.Contains("name=\"Code\" value=\"1.014064\"", confirmation, StringComparison.Ordinal);
        using var confirmed = await PostAsync(client, "Alias", new() { ["Key"] = key, ["Code"] = "1.014064", ["Alias"] = question, ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains(question, ProcedureFile("1.014064"), StringComparison.Ordinal);
        Assert.Equal("1.014064", Assert.Single(RegressionReader.ReadContentFolder(_host.ContentPath)).ExpectedCode);
    }

    [Fact]
    public async Task PickingTheProcedureTheAssistantAlreadyGivesAndCitizensRatedUnhelpfulIsWarnedAbout()
    {
        await LogAsync(
            _host.FeedbackFolder,
            Unanswered("cấp lại thẻ căn cước bị mất", Monday, "webchat"),
            NotHelpful("cấp lại thẻ căn cước bị mất", Monday.AddDays(1), "1.014064"));
        using var client = await _host.SignedInClientAsync();
        var key = Assert.Single(await KeysAsync(client));

        using var guess = await PostAsync(client, "Alias", new() { ["Key"] = key, ["Code"] = "1.014064", ["Alias"] = "cấp lại thẻ căn cước bị mất" });
        using var other = await PostAsync(client, "Alias", new() { ["Key"] = key, ["Code"] = "1.014063", ["Alias"] = "cấp lại thẻ căn cước bị mất" });
        var warned = await guess.Content.ReadAsStringAsync();
        var plain = await other.Content.ReadAsStringAsync();

        Assert.Contains("data-testid=\"confirm-warning\"", warned, StringComparison.Ordinal);
        Assert.Contains("trợ lý đang trả lời câu hỏi này bằng chính thủ tục này", warned, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"confirm-rated\"", warned, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"attach-confirmation\"", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"confirm-warning\"", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"confirm-rated\"", plain, StringComparison.Ordinal);
        Assert.Empty(RegressionReader.ReadContentFolder(_host.ContentPath));
    }

    [Fact]
    public async Task ASynonymRuleIsAlsoConfirmedBeforeItAndItsRegressionCaseAreWritten()
    {
        await LogAsync(_host.FeedbackFolder, Unanswered("đánh rơi thẻ chip", Monday, "kiosk"));
        using var client = await _host.SignedInClientAsync();
        var key = Assert.Single(await KeysAsync(client));

        using var response = await PostAsync(client, "Synonym", new() { ["Key"] = key, ["Rule"] = "đánh rơi thẻ chip => cấp lại thẻ căn cước", ["Code"] = "1.014064" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var confirmation = Between(html, "data-testid=\"attach-confirmation\"", "</section>\n</section>");
        Assert.Contains("sẽ được trả lời bằng thủ tục", confirmation, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"synonym-preview\"", confirmation, StringComparison.Ordinal);
        Assert.Contains("?handler=Synonym", confirmation, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_host.ContentPath, "synonyms.txt")), "nothing is written before the confirmation");
        Assert.Empty(RegressionReader.ReadContentFolder(_host.ContentPath));
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"no {start} in the page");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return html[from..(to < 0 ? html.Length : to)];
    }

    [GeneratedRegex("<input name=\"Code\" list=\"codes-0\" value=\"([^\"]*)\"")]
    private static partial Regex CodeValues();

    [GeneratedRegex("name=\"Code\" value=\"([^\"]+)\"")]
    private static partial Regex PickedCodes();

    public void Dispose() => _host.Dispose();
}
