using Bot.Tests.Bot.Support;

using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Bot.Conversation;

public sealed class AspectAnswerTests : IDisposable
{
    // Fees depend on the day (a reduction in force until 31/12/2026): the clock is pinned, never the machine's.
    private readonly BotHarness _harness = new(time: new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 3, 0, 0, TimeSpan.Zero)));

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("đăng ký thường trú cần giấy tờ gì", "Documents", "— giấy tờ cần chuẩn bị")]
    [InlineData("lệ phí đăng ký thường trú là bao nhiêu", "Fee", "trực tiếp **20.000 đồng**")]
    [InlineData("le phi dang ky thuong tru", "Fee", "trực tuyến **10.000 đồng**/lần đăng ký")]
    [InlineData("đăng ký thường trú mất bao lâu", "Time", "— thời hạn giải quyết **7 ngày làm việc**")]
    [InlineData("dang ky thuong tru may ngay thi xong", "Time", "— thời hạn giải quyết **7 ngày làm việc**")]
    [InlineData("đăng ký thường trú làm thế nào", "Steps", "2. Cá nhân, tổ chức nộp hồ sơ đến Công an cấp xã")]
    [InlineData("đăng ký thường trú nộp ở đâu", "Where", "— nộp hồ sơ tại Công an cấp xã")]
    [InlineData("điều kiện để đăng ký thường trú", "Eligibility", "Đối tượng: Người Việt Nam định cư ở nước ngoài, Công dân Việt Nam")]
    [InlineData("đăng ký thường trú nộp online được không", "Online", "— có thể nộp trực tuyến")]
    [InlineData("căn cứ pháp lý của thủ tục đăng ký thường trú", "LegalBasis", "55/2021/TT-BCA")]
    [InlineData("đăng ký thường trú xong thì nhận được gì", "Result", "Cơ sở dữ liệu quốc gia về dân cư")]
    public async Task EachAspectIsAnsweredFromTheProceduresOwnRecordWithTheFactOnTheFirstLine(string question, string aspect, string expected)
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
    public async Task AnAmountToPayInOrReceiveIsSaidToBeOutsideTheCatalogueNotAnsweredAsAFee()
    {
        await _harness.Flow()
            .Send("đăng ký thường trú")
            .AssertReply(_ => { })
            .Send("được bao nhiêu tiền")
            .AssertReply(reply =>
            {
                Assert.Equal("Amount", reply.AspectName());
                var firstLine = reply.Text().Split('\n')[0];
                Assert.Contains("danh mục thủ tục không ghi số tiền phải đóng hay được nhận", firstLine);
                Assert.DoesNotContain("**", firstLine.Split('—')[1].Split("riêng việc làm thủ tục")[0]);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task WhatTheCitizenReceivesIsNamedWithoutTheCataloguesResultCodes()
    {
        await _harness.Flow()
            .Send("cấp lại thẻ căn cước thì nhận được gì")
            .AssertReply(reply =>
            {
                Assert.Equal("Result", reply.AspectName());
                Assert.Contains("- Thẻ căn cước", reply.Text());
                Assert.DoesNotContain("KQ.G01", reply.Text());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FeeAnswerStatesTheReducedAmountThatAppliesTodayOnItsFirstLine()
    {
        // 1.014064: 70.000 đồng, halved from 01/7/2025 to 31/12/2026; the postal channel states no fee and is not invented.
        await _harness.Flow()
            .Send("lệ phí cấp lại thẻ căn cước cấp xã")
            .AssertReply(reply =>
            {
                Assert.Equal("1.014064", reply.Code());
                var firstLine = reply.Text().Split('\n')[0];
                Assert.Equal("**Cấp lại thẻ căn cước** — lệ phí **35.000 đồng**/thẻ căn cước, áp dụng đến hết 31/12/2026 (mức thường 70.000 đồng).", firstLine);
                Assert.DoesNotContain("bưu chính", reply.Text());
                Assert.DoesNotContain("Việt Nam Đồng", reply.Text());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AfterTheReductionEndsTheUsualFeeIsStated()
    {
        using var harness = new BotHarness(time: new FakeTimeProvider(new DateTimeOffset(2027, 1, 2, 3, 0, 0, TimeSpan.Zero)));
        await harness.Flow()
            .Send("lệ phí cấp lại thẻ căn cước cấp xã")
            .AssertReply(reply => Assert.Equal("**Cấp lại thẻ căn cước** — lệ phí **70.000 đồng**/thẻ căn cước.", reply.Text().Split('\n')[0]))
            .StartTestAsync();
    }

    [Fact]
    public async Task EveryAspectAskedInOneMessageIsAnsweredInTheOrderAsked()
    {
        await _harness.Flow()
            .Send("mat can cuoc lam lai o dau, het bao nhieu tien")
            .AssertReply(reply =>
            {
                Assert.Equal("1.014064", reply.Code());
                var lines = reply.Text().Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.StartsWith("**Cấp lại thẻ căn cước** — nộp hồ sơ tại trụ sở Công an cấp xã", lines[0]);
                Assert.Contains("trong cả nước không phụ thuộc vào nơi cư trú", lines[0]);
                Assert.StartsWith("Lệ phí **35.000 đồng**", lines[1]);
                Assert.True(reply.Text().Length <= 700, reply.Text());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task APerPageFeeStatesTheCataloguesOtherPagesAndCapOnItsFirstLine()
    {
        // 2.000815 Chứng thực bản sao: the fee cell says 2,000 per page; the channel's description adds the rest.
        using var repository = new BotHarness(search: BotFixtures.RepositorySearch, time: new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 3, 0, 0, TimeSpan.Zero)));
        await repository.Flow()
            .Send("photo công chứng bằng đại học hết bao nhiêu 1 trang")
            .AssertReply(reply =>
            {
                Assert.Equal("2.000815", reply.Code());
                var firstLine = reply.Text().Split('\n')[0];
                Assert.Contains("lệ phí **2.000 đồng**/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản", firstLine);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task PapersNeededOnlySometimesShowTwoAndLeaveTheRestToTheSourcePage()
    {
        using var repository = new BotHarness(search: BotFixtures.RepositorySearch);
        await repository.Flow()
            .Send("Mẹ tôi mất, anh em đã làm văn bản thỏa thuận phân chia di sản xong, giờ đăng ký sang tên sổ đỏ cho tôi thì cần giấy tờ gì?")
            .AssertReply(reply =>
            {
                var sometimes = reply.Text().Split('\n').Single(l => l.StartsWith("Có thể cần thêm: ", StringComparison.Ordinal));
                Assert.Single(sometimes, ';');
                Assert.EndsWith("…", sometimes, StringComparison.Ordinal);
                Assert.DoesNotContain("……", sometimes, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task PapersAndStepsAskedTogetherListThePapersOnce()
    {
        await _harness.Flow()
            .Send("đăng ký thường trú cần giấy tờ gì và làm thế nào")
            .AssertReply(reply =>
            {
                Assert.Equal("1.004222", reply.Code());
                Assert.Contains("giấy tờ cần chuẩn bị", reply.Text());
                Assert.Contains("2. Cá nhân, tổ chức nộp hồ sơ đến Công an cấp xã", reply.Text());
                Assert.DoesNotContain("Giấy tờ chính:", reply.Text());
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
                Assert.StartsWith("Đăng ký thường trú: lệ phí", speak);
            })
            .StartTestAsync();
    }
}
