using Microsoft.Playwright;

namespace Bot.Tests.Bot.Browser;

/// <summary>
/// Web Chat as a citizen sees it, found by what screen readers announce (the vi-VN labels Web Chat renders):
/// the message box, the send button, the conversation, the buttons under the last answer.
/// </summary>
public sealed class ChatScreen(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator MessageBox => Page.GetByRole(AriaRole.Textbox, new() { Name = "Hộp nhập tin nhắn" });

    public ILocator SendButton => Page.GetByRole(AriaRole.Button, new() { Name = "Gửi", Exact = true });

    /// <summary>The conversation's messages, oldest first.</summary>
    public ILocator Conversation => Page.GetByRole(AriaRole.Feed);

    /// <summary>The latest message bubble that contains <paramref name="text"/> (who said it, then what was said).</summary>
    public ILocator Message(string text) => Conversation.GetByRole(AriaRole.Group).Filter(new() { HasText = text }).Last;

    /// <summary>A button the answer offers to tap (Web Chat's suggested actions: follow-ups, feedback choices).</summary>
    public ILocator Choice(string name) =>
        Page.GetByRole(AriaRole.Toolbar, new() { Name = "Hành động được đề xuất" }).GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>A button of the page itself (kiosk topics, print, start again), outside the conversation.</summary>
    public ILocator Button(string name) =>
        Page.Locator("body > header, body > main > section").GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public static async Task<ChatScreen> OpenAsync(IBrowserContext context, Uri address)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(address.ToString());
        return new ChatScreen(page);
    }

    /// <summary>Types the question into the message box and presses send, as soon as the chat lets the citizen.</summary>
    public async Task AskAsync(string question)
    {
        await MessageBox.FillAsync(question);
        await SendButton.ClickAsync();
    }
}
