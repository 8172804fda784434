using Bot.Tests.Bot.Support;

namespace Bot.Tests.Bot.Conversation;

public sealed class AspectAnswerTests : IDisposable
{
    private readonly BotHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("đăng ký thường trú cần giấy tờ gì", "Documents", "Thành phần hồ sơ")]
    [InlineData("lệ phí đăng ký thường trú là bao nhiêu", "Fee", "Trực tiếp: 20,000 Việt Nam Đồng")]
    [InlineData("le phi dang ky thuong tru", "Fee", "Trực tuyến: 10,000 Việt Nam Đồng")]
    [InlineData("đăng ký thường trú mất bao lâu", "Time", "7 Ngày làm việc")]
    [InlineData("dang ky thuong tru may ngay thi xong", "Time", "7 Ngày làm việc")]
    [InlineData("đăng ký thường trú làm thế nào", "Steps", "Trình tự thực hiện")]
    [InlineData("đăng ký thường trú nộp ở đâu", "Where", "Công an cấp Xã")]
    [InlineData("điều kiện để đăng ký thường trú", "Eligibility", "Đối tượng thực hiện")]
    [InlineData("đăng ký thường trú nộp online được không", "Online", "**Có**")]
    [InlineData("căn cứ pháp lý của thủ tục đăng ký thường trú", "LegalBasis", "55/2021/TT-BCA")]
    [InlineData("đăng ký thường trú xong thì nhận được gì", "Result", "Cơ sở dữ liệu quốc gia về dân cư")]
    public async Task EachAspectIsAnsweredFromTheProceduresOwnSection(string question, string aspect, string expected)
    {
        await _harness.Flow()
            .Send(question)
            .AssertReply(reply =>
            {
                Assert.Equal("answer", reply.Kind());
                Assert.Equal("1.004222", reply.Code());
                Assert.Equal(aspect, reply.AspectName());
                Assert.Contains(expected, reply.Text());
                Assert.Contains("1.004222", reply.Text());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FeeAnswerStatesOnlyTheChannelsThatHaveAFeeInTheCatalogue()
    {
        // 1.014064 has no fee for the postal channel: the answer must not make one up.
        await _harness.Flow()
            .Send("lệ phí cấp lại thẻ căn cước cấp xã")
            .AssertReply(reply =>
            {
                Assert.Equal("1.014064", reply.Code());
                Assert.Contains("Trực tiếp: 70,000 Việt Nam Đồng", reply.Text());
                Assert.DoesNotContain("Dịch vụ bưu chính:", reply.Text());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task SpeakTextIsShortAndFreeOfMarkup()
    {
        await _harness.Flow()
            .Send("lệ phí đăng ký thường trú")
            .AssertReply(reply =>
            {
                var speak = reply.AsMessageActivity().Speak;
                Assert.False(string.IsNullOrWhiteSpace(speak));
                Assert.True(speak.Length <= 220, speak);
                Assert.DoesNotContain("*", speak);
                Assert.DoesNotContain("[", speak);
                Assert.DoesNotContain("http", speak);
                Assert.StartsWith("Đăng ký thường trú", speak);
            })
            .StartTestAsync();
    }
}
