using Bot.Answers;
using Bot.Llm.Grounding;
using KnowledgeBase.Procedures;

namespace Bot.Tests.Bot.Llm;

public sealed class GroundednessGuardTests
{
    private readonly GroundednessGuard _guard = new();
    private readonly IReadOnlyList<GroundingSource> _sources = LlmFixtures.FeeAndTimeSources();

    [Fact]
    public void AnswerRestatingCatalogueFeesAndTimesPassesWithItsCitation()
    {
        const string answer = "Lệ phí cấp đổi thẻ căn cước là 50.000 đồng khi nộp trực tiếp và 25.000 đồng khi nộp trực tuyến; " +
                              "thời hạn giải quyết là 7 ngày làm việc [1.014064].";

        var verdict = _guard.Check(answer, _sources);

        Assert.True(verdict.IsGrounded, verdict.Reason);
        Assert.Equal(["1.014064"], verdict.CitedCodes);
    }

    [Theory]
    [InlineData("50000 Đồng")]
    [InlineData("50,000 đồng")]
    [InlineData("50 nghìn đồng")]
    [InlineData("50 nghìn")]
    [InlineData("50.000đ")]
    public void SameFeeWrittenDifferentlyIsStillGrounded(string fee)
    {
        var verdict = _guard.Check($"Lệ phí là {fee} [1.014064].", _sources);

        Assert.True(verdict.IsGrounded, verdict.Reason);
    }

    [Theory]
    [InlineData("Anh/Chị cần 01 bản chính tờ khai và 1 bản chính thẻ cũ [1.014064].")]
    [InlineData("Thời hạn là 7 ngày kể từ khi nhận đủ hồ sơ [1.014064].")]
    [InlineData("Nộp trực tuyến được giảm 50% lệ phí [1.014064].")]
    [InlineData("Các bước:\n1. Đến Công an cấp xã.\n2. Thu nhận vân tay.\n3. Nhận giấy hẹn [1.014064].")]
    [InlineData("Xem chi tiết tại https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.014064 [1.014064].")]
    [InlineData("Thẻ căn cước: 50.000 đồng [1.014064]; bản sao trích lục: 8.000 đồng mỗi bản sao, nhận sau 15 giờ thì trả ngày làm việc tiếp theo [2.000986].")]
    [InlineData("Lệ phí 50.000 đồng và 8.000 đồng [1.014064, 2.000986].")]
    public void RestatedCountsDaysPercentagesStepsAndSourceLinksAreGrounded(string answer)
    {
        var verdict = _guard.Check(answer, _sources);

        Assert.True(verdict.IsGrounded, verdict.Reason);
    }

    [Theory]
    [InlineData("Lệ phí là 500.000 đồng [1.014064].", "500.000 đồng")]
    [InlineData("Lệ phí là 1,5 triệu đồng [1.014064].", "1,5 triệu đồng")]
    [InlineData("Lệ phí là 60 nghìn [1.014064].", "60 nghìn")]
    [InlineData("Lệ phí là 500.000 [1.014064].", "500.000")]
    [InlineData("Lệ phí là 30000 Đồng [1.014064].", "30000 Đồng")]
    public void InventedFeeIsRejected(string answer, string invented)
    {
        var verdict = _guard.Check(answer, _sources);

        Assert.False(verdict.IsGrounded);
        Assert.Contains(invented, verdict.Reason);
    }

    [Theory]
    [InlineData("Thời hạn giải quyết là 15 ngày [1.014064].")]
    [InlineData("Thời hạn giải quyết là 5 ngày làm việc [1.014064].")]
    [InlineData("Thời hạn giải quyết là 3 tháng [1.014064].")]
    [InlineData("Kết quả có trong 24 giờ [1.014064].")]
    [InlineData("Thời hạn là 7 tháng [1.014064].")]
    [InlineData("Thời hạn là 7 giờ [1.014064].")]
    public void InventedOrRelabelledDurationIsRejected(string answer)
    {
        var verdict = _guard.Check(answer, _sources);

        Assert.False(verdict.IsGrounded);
        Assert.Contains("duration", verdict.Reason);
    }

    [Theory]
    [InlineData("Anh/Chị nộp 2 bản tờ khai [1.014064].")]
    [InlineData("Anh/Chị nộp 03 bản sao giấy tờ tùy thân [1.014064].")]
    [InlineData("Anh/Chị nộp 2 bộ hồ sơ [1.014064].")]
    public void InventedNumberOfCopiesIsRejected(string answer)
    {
        var verdict = _guard.Check(answer, _sources);

        Assert.False(verdict.IsGrounded);
        Assert.Contains("count", verdict.Reason);
    }

    [Fact]
    public void FeeOfAnUncitedSourceCountsAsUngrounded()
    {
        // 8.000 đồng is the fee of 2.000986, but the answer attributes it to the ID card procedure only.
        var verdict = _guard.Check("Lệ phí cấp đổi thẻ căn cước là 8.000 đồng [1.014064].", _sources);

        Assert.False(verdict.IsGrounded);
    }

    [Fact]
    public void FactFromASectionNotGivenAsSourceIsUngrounded()
    {
        var feesOnly = new[] { LlmFixtures.Source(LlmFixtures.IdCardRenewal, SectionKind.Fees) };

        Assert.True(_guard.Check("Lệ phí là 50.000 đồng [1.014064].", feesOnly).IsGrounded);
        Assert.False(_guard.Check("Anh/Chị cần 01 bản chính tờ khai [1.014064].", feesOnly).IsGrounded);
    }

    [Fact]
    public void AnswerWithoutAnyCitationIsRejected()
    {
        var verdict = _guard.Check("Lệ phí là 50.000 đồng.", _sources);

        Assert.False(verdict.IsGrounded);
        Assert.Contains("cites no source", verdict.Reason);
    }

    [Theory]
    [InlineData("Lệ phí là 50.000 đồng [1.999999].")]
    [InlineData("Lệ phí là 50.000 đồng [1.014064], tương tự thủ tục 1.000001.")]
    public void UnknownProcedureCodeIsRejected(string answer)
    {
        var verdict = _guard.Check(answer, _sources);

        Assert.False(verdict.IsGrounded);
        Assert.Contains("not among the sources", verdict.Reason);
    }

    [Fact]
    public void InventedLinkIsRejected()
    {
        var verdict = _guard.Check("Nộp trực tuyến tại https://dichvucong-gia.example/nop [1.014064].", _sources);

        Assert.False(verdict.IsGrounded);
        Assert.Contains("links", verdict.Reason);
    }

    [Fact]
    public void InventedHotlineNumberIsRejected()
    {
        var verdict = _guard.Check("Gọi tổng đài 1900 1234 để được hỗ trợ [1.014064].", _sources);

        Assert.False(verdict.IsGrounded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void EmptyAnswerIsRejected(string answer)
    {
        Assert.False(_guard.Check(answer, _sources).IsGrounded);
    }

    [Fact]
    public void AnswerWhenThereAreNoSourcesIsRejected()
    {
        Assert.False(_guard.Check("Lệ phí là 50.000 đồng [1.014064].", []).IsGrounded);
    }

    [Theory]
    [InlineData("Thủ tục này miễn phí [1.014064].")]
    [InlineData("Anh/Chị không phải nộp lệ phí [1.014064].")]
    [InlineData("Thủ tục không mất phí [1.014064].")]
    public void ClaimingAPaidProcedureIsFreeIsRejected(string answer)
    {
        var verdict = _guard.Check(answer, _sources);

        Assert.False(verdict.IsGrounded);
        Assert.Contains("no fee", verdict.Reason);
    }

    [Fact]
    public void ClaimingNoFeeIsGroundedWhenTheSourceSaysThereIsNone()
    {
        var free = LlmFixtures.IdCardRenewal with
        {
            Code = "1.000003",
            Channels = [new ProcedureChannel { Channel = "Trực tiếp", Time = "3 Ngày làm việc", Fee = "Không" }],
        };

        var verdict = _guard.Check("Thủ tục này miễn phí, giải quyết trong 3 ngày làm việc [1.000003].", [LlmFixtures.Source(free)]);

        Assert.True(verdict.IsGrounded, verdict.Reason);
    }

    [Fact]
    public void AnswerRestatingAPortalProcedureInEverydaySpellingIsGrounded()
    {
        var sources = new[] { LlmFixtures.Source(LlmFixtures.AuctionLicence, SectionKind.Fees, SectionKind.ProcessingTime, SectionKind.Documents) };
        const string answer = "Lệ phí cấp lại chứng chỉ hành nghề đấu giá là 500.000 đồng cho cả ba kênh, thời hạn 10 ngày làm việc. " +
                              "Hồ sơ gồm văn bản đề nghị (1 bản chính) và một ảnh màu cỡ 3cm x 4cm [1.000802].";

        var verdict = _guard.Check(answer, sources);

        Assert.True(verdict.IsGrounded, verdict.Reason);
    }

    [Theory]
    [InlineData("Lệ phí là 500 USD [1.000802].")]
    [InlineData("Lệ phí là 5 triệu đồng [1.000802].")]
    [InlineData("Thủ tục này miễn phí [1.000802].")]
    public void WrongCurrencyMagnitudeOrFreeClaimOnAPortalProcedureIsRejected(string answer)
    {
        var sources = new[] { LlmFixtures.Source(LlmFixtures.AuctionLicence) };

        Assert.False(_guard.Check(answer, sources).IsGrounded);
    }

    [Fact]
    public void FeeGivenWithoutUnitInTheCatalogueSupportsTheSameAmountInDong()
    {
        var unitless = LlmFixtures.IdCardRenewal with
        {
            Code = "1.000004",
            Channels = [new ProcedureChannel { Channel = "Trực tiếp", Fee = "Lệ phí: 120000" }],
        };

        var verdict = _guard.Check("Lệ phí là 120.000 đồng [1.000004].", [LlmFixtures.Source(unitless, SectionKind.Fees)]);

        Assert.True(verdict.IsGrounded, verdict.Reason);
    }

    [Fact]
    public void NoInformationAboutTheFeeDoesNotMakeTheProcedureFree()
    {
        var unknownFee = LlmFixtures.IdCardRenewal with
        {
            Code = "1.000005",
            Channels = [new ProcedureChannel { Channel = "Trực tiếp", Fee = "Không có thông tin." }],
            Sections = [],
        };

        var verdict = _guard.Check("Thủ tục này không mất phí [1.000005].", [LlmFixtures.Source(unknownFee)]);

        Assert.False(verdict.IsGrounded);
    }
}
