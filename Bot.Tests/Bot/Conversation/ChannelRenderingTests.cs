using Bot.Tests.Bot.Support;
using Microsoft.Bot.Builder.Adapters;

namespace Bot.Tests.Bot.Conversation;

public sealed class ChannelRenderingTests : IDisposable
{
    private readonly BotHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task SmsGetsPlainTextSplitIntoPartsWithinItsLimit()
    {
        var adapter = new TestAdapter("sms");
        var replies = await BotHarness.RepliesAsync(adapter, _harness.Bot, "đăng ký khai sinh cần giấy tờ gì");

        Assert.True(replies.Count > 1, "a long document list should be split for SMS");
        Assert.All(replies, r =>
        {
            Assert.True(r.Text.Length <= 600, $"part of {r.Text.Length} characters");
            Assert.Equal("plain", r.TextFormat);
            Assert.DoesNotContain("**", r.Text);
            Assert.DoesNotContain("](", r.Text);
        });
        Assert.Contains("Mã thủ tục: 1.001193", replies[0].Text);
        Assert.Contains("Cổng Dịch vụ công quốc gia: https://dichvucong.gov.vn/", replies[^1].Text);
        Assert.False(string.IsNullOrEmpty(replies[0].Speak));
        Assert.NotNull(replies[^1].SuggestedActions);
        Assert.All(replies.Take(replies.Count - 1), r => Assert.Null(r.SuggestedActions));
    }

    [Fact]
    public async Task ZaloGetsPlainTextAndWebChatGetsMarkdown()
    {
        var zalo = await BotHarness.RepliesAsync(new TestAdapter("zalo"), _harness.Bot, "lệ phí đăng ký thường trú");
        var webchat = await BotHarness.RepliesAsync(new TestAdapter("webchat"), _harness.Bot, "lệ phí đăng ký thường trú");

        Assert.DoesNotContain("**", string.Concat(zalo.Select(r => r.Text)));
        Assert.Contains("• Trực tiếp: 20,000 Việt Nam Đồng", zalo[0].Text);
        var markdown = Assert.Single(webchat);
        Assert.Equal("markdown", markdown.TextFormat);
        Assert.Contains("**Phí, lệ phí:**", markdown.Text);
        Assert.Contains("- Trực tiếp: 20,000 Việt Nam Đồng", markdown.Text);
    }
}
