using Bot.Tests.Bot.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Bot.Answers;

/// <summary>The tester's conversations about fees, through the real bot over the repository's catalogue, on a pinned day.</summary>
public sealed class FeeAnswerTests : IDisposable
{
    private readonly BotHarness _harness = new(search: BotFixtures.RepositorySearch, time: new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 3, 0, 0, TimeSpan.Zero)));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task AFamilyRegisteringADeathIsToldTheExemptionTheRecordStatesInTheOverviewAndWhenAskingWhatItCosts()
    {
        await _harness.Flow()
            .Send("ông tôi vừa mất hôm qua, làm giấy khai tử")
            .AssertReply(reply =>
            {
                Assert.Equal("1.000656", reply.Code());
                Assert.Contains("“Miễn lệ phí đối với trường hợp đăng ký khai tử đúng hạn", reply.Text());
                Assert.DoesNotContain("chưa ghi mức lệ phí", reply.Text());
                Assert.True(reply.Text().Length <= 700, reply.Text());
            })
            .Send("có mất tiền không")
            .AssertReply(reply =>
            {
                Assert.Equal("1.000656", reply.Code());
                Assert.Contains("“Miễn lệ phí đối với trường hợp đăng ký khai tử đúng hạn, người thuộc gia đình có công với cách mạng", reply.Text());
                Assert.Contains("(xem chi tiết ở trang nguồn)", reply.Text());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ACompanyChangingItsAddressIsToldItCanFileOnlineAndThePublicationFee()
    {
        await _harness.Flow()
            .Send("đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp nộp online được không")
            .AssertReply(reply =>
            {
                Assert.Equal("2.002041", reply.Code());
                Assert.Contains("có thể nộp trực tuyến", reply.Text(), StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("không ghi nhận hình thức nộp trực tuyến", reply.Text());
            })
            .Send("lệ phí bao nhiêu")
            .AssertReply(reply => Assert.Contains("trực tuyến **100.000 đồng**/lần (phí công bố nội dung đăng ký doanh nghiệp)", reply.Text()))
            .StartTestAsync();
    }
}
