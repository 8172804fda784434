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
        var replies = await BotHarness.RepliesAsync(adapter, _harness.Bot, "đăng ký khai sinh làm thế nào, cần giấy tờ gì");

        Assert.True(replies.Count > 1, "steps and papers together should be split for SMS");
        Assert.All(replies, r =>
        {
            Assert.True(r.Text.Length <= 600, $"part of {r.Text.Length} characters");
            Assert.Equal("plain", r.TextFormat);
            Assert.DoesNotContain("**", r.Text);
            Assert.DoesNotContain("](", r.Text);
        });
        Assert.StartsWith("Đăng ký khai sinh — các bước chính:", replies[0].Text);
        Assert.Contains("Mã thủ tục: 1.001193", replies[^1].Text);
        Assert.Contains("Nguồn: Cổng Dịch vụ công quốc gia: https://dichvucong.gov.vn/", replies[^1].Text);
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
        Assert.StartsWith("Đăng ký thường trú — lệ phí trực tuyến 10.000 đồng/lần đăng ký; trực tiếp 20.000 đồng.", zalo[0].Text);
        var markdown = Assert.Single(webchat);
        Assert.Equal("markdown", markdown.TextFormat);
        Assert.StartsWith("**Đăng ký thường trú** — lệ phí trực tuyến **10.000 đồng**/lần đăng ký; trực tiếp **20.000 đồng**.", markdown.Text);
    }

    [Fact]
    public async Task ZaloGetsOneActivityForItsAdapterToSplitToTheConfiguredLength()
    {
        var replies = await BotHarness.RepliesAsync(new TestAdapter("zalo"), _harness.Bot, "đăng ký khai sinh làm thế nào, cần giấy tờ gì");

        var reply = Assert.Single(replies);
        Assert.Equal("plain", reply.TextFormat);
        Assert.StartsWith("Đăng ký khai sinh — các bước chính:", reply.Text);
        Assert.Contains("Mã thủ tục: 1.001193", reply.Text);
        Assert.NotNull(reply.SuggestedActions);
    }
}
