using Bot.Tests.Bot.Browser;
using Bot.Tests.Bot.LiveHost;
using KnowledgeBase.Feedback;
using Microsoft.AspNetCore.Identity;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Bot.Tests.Bot.Workspace;

/// <summary>
/// The whole editors' loop in headless Chromium against the real host and the real assistant: a question the
/// assistant missed reaches the inbox, an editor attaches it to the right procedure and publishes, the web chat now
/// answers it with that procedure, and a rollback brings the old answer back.
/// </summary>
public sealed class EditorLoopBrowserTests(ChromiumBrowser browser, ITestOutputHelper output) : IClassFixture<ChromiumBrowser>, IDisposable
{
    private const string Question = "xin cấp thẻ xanh lá";
    private const string Code = "1.014064";
    private const string ProcedureName = "Cấp lại thẻ căn cước";
    private const string EditorName = "Nguyễn Thị Biên Tập";
    private const string Password = "mật khẩu vòng biên tập 2026";

    private readonly EditableContent _content = new();

    [Fact]
    public async Task A_missed_question_attached_in_the_inbox_and_published_is_answered_in_the_web_chat_and_a_rollback_restores_the_old_answer()
    {
        var feedback = Path.Combine(_content.AuditPath, "..", "feedback");
        using var host = Host(feedback);
        await using var context = await browser.NewContextAsync(Screens.Desktop, output);

        // A citizen asks; the assistant does not know the procedure by that name. The log also gets a seeded record,
        // as the feedback of earlier days would be.
        var oldAnswer = await AskInWebChatAsync(context, host.BaseAddress);
        output.WriteLine($"before: {oldAnswer}");
        Assert.DoesNotContain(ProcedureName, oldAnswer, StringComparison.OrdinalIgnoreCase);
        using (var log = new FeedbackLog(feedback))
        {
            await log.AppendAsync(new FeedbackRecord { Kind = FeedbackKinds.Unanswered, Time = host.Time.GetUtcNow().AddDays(-1), Question = Question, Channel = "webchat" }, CancellationToken.None);
        }

        var editor = await SignInAsync(context, host.BaseAddress);

        // The inbox: the missed question, attached to the right procedure as another name for it. The code box starts
        // empty; the editor finds the procedure with the row's search, picks it, reads what will be written and confirms.
        await editor.GotoAsync(new Uri(host.BaseAddress, "/bien-tap/hop-thu").ToString());
        var item = Item(editor);
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item.GetByTestId("alias-form").GetByLabel("Mã thủ tục")).ToHaveValueAsync("");
        var search = item.GetByTestId("procedure-search");
        await Expect(search.GetByLabel("Tìm thủ tục đúng")).ToHaveValueAsync(Question);
        await search.GetByLabel("Tìm thủ tục đúng").FillAsync("cấp lại căn cước");
        await search.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await Item(editor).GetByTestId("search-results").GetByRole(AriaRole.Button, new() { Name = $"Chọn thủ tục này ({Code})", Exact = true }).ClickAsync();
        var confirmation = Item(editor).GetByTestId("attach-confirmation");
        await Expect(confirmation.GetByTestId("confirm-statement")).ToContainTextAsync($"Câu hỏi “{Question}” sẽ được trả lời bằng thủ tục “{ProcedureName}” (mã {Code}");
        Assert.DoesNotContain(Question, _content.ProcedureText(Code), StringComparison.Ordinal);
        await confirmation.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và ghi" }).ClickAsync();
        await Expect(editor.GetByTestId("inbox-done")).ToBeVisibleAsync();
        Assert.Contains(Question, _content.ProcedureText(Code), StringComparison.Ordinal);

        // Publish: the change is listed, then live.
        await editor.GotoAsync(new Uri(host.BaseAddress, "/bien-tap/xuat-ban").ToString());
        await Expect(editor.GetByTestId("pending-changes")).ToContainTextAsync("Thủ tục " + Code);
        await editor.GetByTestId("publish").ClickAsync();
        await Expect(editor.GetByTestId("publish-status")).ToContainTextAsync("Đã xuất bản bản");

        var newAnswer = await AskInWebChatAsync(context, host.BaseAddress);
        output.WriteLine($"after publish: {newAnswer}");
        Assert.Contains(ProcedureName, newAnswer, StringComparison.OrdinalIgnoreCase);

        // Roll back in one click: the old answer again.
        await editor.GetByTestId("rollback").ClickAsync();
        await Expect(editor.GetByTestId("publish-status")).ToContainTextAsync("Đã quay lại bản");
        var rolledBack = await AskInWebChatAsync(context, host.BaseAddress);
        output.WriteLine($"after rollback: {rolledBack}");
        Assert.Equal(oldAnswer, rolledBack);
    }

    [Fact]
    public async Task An_editor_finds_a_procedure_checks_an_edit_previews_it_tries_a_question_against_it_and_saves_it()
    {
        using var host = Host(Path.Combine(_content.AuditPath, "..", "feedback"));
        await using var context = await browser.NewContextAsync(Screens.Desktop, output);
        var editor = await SignInAsync(context, host.BaseAddress);

        await editor.GotoAsync(new Uri(host.BaseAddress, "/bien-tap/thu-tuc").ToString());
        await editor.GetByLabel("Mã thủ tục hoặc vài từ trong tên").FillAsync("cấp lại căn cước");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await editor.GetByTestId("procedure-results").GetByRole(AriaRole.Link, new() { Name = ProcedureName, Exact = true }).ClickAsync();
        await Expect(editor.GetByTestId("procedure-code")).ToHaveTextAsync(Code);

        var text = editor.GetByTestId("procedure-text");
        var original = await text.InputValueAsync();
        await text.FillAsync(original.Replace("name: " + ProcedureName, $"name: {ProcedureName}\naliases:\n- cấp thẻ xanh lá", StringComparison.Ordinal));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();
        await Expect(editor.GetByTestId("edit-status")).ToContainTextAsync("Không có lỗi.");

        await editor.GetByLabel("Câu hỏi của công dân").FillAsync(Question);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Hỏi thử" }).ClickAsync();
        await Expect(editor.GetByTestId("trial-code")).ToHaveTextAsync(Code);

        var preview = await editor.RunAndWaitForPopupAsync(() => editor.GetByRole(AriaRole.Button, new() { Name = "Xem trước trang thủ tục" }).ClickAsync());
        await Expect(preview.Locator("h1")).ToHaveTextAsync(ProcedureName);
        await preview.CloseAsync();

        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Expect(editor.GetByTestId("edit-status")).ToContainTextAsync("Đã lưu");
        Assert.Contains("- cấp thẻ xanh lá", _content.ProcedureText(Code), StringComparison.Ordinal);
    }

    private static ILocator Item(IPage editor) =>
        editor.GetByTestId("inbox-item").Filter(new() { Has = editor.GetByTestId("question").GetByText(Question, new() { Exact = true }) });

    private LiveBotHost Host(string feedback)
    {
        var host = new LiveAssistantHost();
        foreach (var (key, value) in _content.Settings)
        {
            host.With(key, value);
        }

        return host.With("Bot:FeedbackPath", feedback)
            .With("Editors:Accounts:0:Name", EditorName)
            .With("Editors:Accounts:0:PasswordHash", new PasswordHasher<object>().HashPassword(new object(), Password));
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, Uri baseAddress)
    {
        var editor = await context.NewPageAsync();
        await editor.GotoAsync(new Uri(baseAddress, "/bien-tap/dang-nhap").ToString());
        await editor.GetByLabel("Tên đăng nhập").FillAsync(EditorName);
        await editor.GetByLabel("Mật khẩu").FillAsync(Password);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await Expect(editor.GetByTestId("editor-name")).ToHaveTextAsync(EditorName);
        return editor;
    }

    /// <summary>Opens the web chat in a new tab (a new conversation), asks the question and returns the assistant's reply as shown.</summary>
    private static async Task<string> AskInWebChatAsync(IBrowserContext context, Uri baseAddress)
    {
        var chat = await ChatScreen.OpenAsync(context, new Uri(baseAddress, "/"));
        // The welcome first, so the reply to the question is the bubble right after it.
        await Expect(chat.Conversation).ToContainTextAsync("Xin chào! Tôi là Trợ lý ảo Hành chính công");
        await chat.AskAsync(Question);
        await Expect(chat.Message(Question)).ToBeVisibleAsync();
        // The first bubble with the question is the citizen's own; the next is the reply.
        var bubbles = chat.Conversation.GetByRole(AriaRole.Group);
        string? reply = null;
        for (var attempt = 0; reply is null && attempt < 450; attempt++)
        {
            var texts = await bubbles.AllInnerTextsAsync();
            var asked = texts.ToList().FindIndex(t => t.Contains(Question, StringComparison.Ordinal));
            if (asked >= 0 && asked + 1 < texts.Count)
            {
                reply = texts[asked + 1];
            }
            else
            {
                await Task.Delay(100);
            }
        }

        Assert.NotNull(reply);
        await chat.Page.CloseAsync();
        return reply;
    }

    public void Dispose() => _content.Dispose();
}
