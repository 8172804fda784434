using Bot.Tests.Bot.Support;
using KnowledgeBase.Facts;

namespace Bot.Tests.KnowledgeBase.Facts;

/// <summary>Fee cells exactly as the catalogue writes them (copied from content/procedures), read for a given day.</summary>
public sealed class FeeReaderTests
{
    // 1.014064 Cấp lại thẻ căn cước, channel Trực tiếp.
    private const string IdCardReissue = "70,000 Việt Nam Đồng (- Cấp lại thẻ căn cước đối với các trường hợp quy định tại khoản 2 Điều 24 Luật Căn cước: 70.000 đồng/thẻ căn cước. Kể từ ngày 01/01/2025 đến hết ngày 31/12/2025, mức thu lệ phí khi công dân nộp hồ sơ cấp đổi, cấp lại thẻ căn cước theo hình thức trực tuyển bằng 50% mức thu lệ phí quy định. - Kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 mức thu lệ phí cấp đổi, cấp lại thẻ căn cước bằng 50% mức thu nêu trên theo quy định tại Thông tư số 64/2025/TT-BTC ngày 30/6/2025 của Bộ Tài chính.)";

    // 3.000347 Đổi giấy phép lái xe: the column says free, the note states the fee and an online reduction that ended.
    private const string DrivingLicence = "Miễn phí (- Lệ phí cấp giấy phép lái xe: 135.000 đồng/lần. - Trường hợp tổ chức, cá nhân nộp hồ sơ theo hình thức trực tuyến: Kể từ ngày 01/12/2023 đến hết ngày 31/12/2025, áp dụng mức thu lệ phí là 115.000 đồng/lần cấp.)";

    [Fact]
    public void AReductionInForceTodayIsTheFeeWithItsLastDayAndTheUsualAmount()
    {
        var fee = FeeReader.Read(IdCardReissue, "Trực tiếp", new DateOnly(2026, 12, 6));

        Assert.Equal(FeeKind.Amount, fee.Kind);
        Assert.Equal(35_000, fee.Amount);
        Assert.Equal(new DateOnly(2026, 12, 31), fee.Until);
        Assert.Equal(70_000, fee.Usual);
        Assert.Equal("thẻ căn cước", fee.Unit);
    }

    [Fact]
    public void AReductionWrittenOnlyInTheChannelsDescriptionAppliesToo()
    {
        // 1.002626 Đăng ký hành nghề quản lý, thanh lý tài sản: the cell says 500,000; the description halves it until the end of 2026.
        const string description = "Phí: 500.000 đồng/hồ sơ (áp dụng mức phí 250.000 đồng/hồ sơ kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC).";

        var today = FeeReader.Evaluate(FeeReader.Rules("500,000 Việt Nam Đồng", "Trực tiếp", description), new DateOnly(2026, 12, 6));
        var later = FeeReader.Evaluate(FeeReader.Rules("500,000 Việt Nam Đồng", "Trực tiếp", description), new DateOnly(2027, 1, 1));

        Assert.Equal(250_000, today.Amount);
        Assert.Equal(new DateOnly(2026, 12, 31), today.Until);
        Assert.Equal(500_000, today.Usual);
        Assert.Equal(500_000, later.Amount);
    }

    [Fact]
    public void ANoteSayingTheAmountIsForOneOfAThingIsItsUnitNotACase()
    {
        // 1.012910: "200,000 Việt Nam Đồng (Trên 1 chứng chỉ)" is 200.000 đồng per certificate, not "for more than one";
        // its facts, imported before this reading, are corrected to say so.
        var cell = FeeReader.Evaluate(FeeReader.Rules("200,000 Việt Nam Đồng (Trên 1 chứng chỉ)", "Trực tiếp"), new DateOnly(2026, 12, 6));
        var recorded = FactSheet.Of(BotFixtures.RepositorySearch.GetByCode("1.012910")!).Fees[0];

        Assert.Equal(200_000, cell.Amount);
        Assert.Equal("chứng chỉ", cell.Unit);
        Assert.Null(cell.Case);
        Assert.Equal("chứng chỉ", recorded.Unit);
        Assert.Null(recorded.Case);
    }

    [Fact]
    public void AFreeCellWhoseNoteOnlyNamesACopysChargeIsFree()
    {
        // 1.004845 Đăng ký chấm dứt giám hộ, online: the copy of the extract is an extra the citizen may ask for.
        var fee = FeeReader.Evaluate(
            FeeReader.Rules("Miễn phí (Phí cấp bản sao Trích lục đăng ký chấm dứt giám hộ (nếu có yêu cầu) thực hiện theo quy định tại Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.)", "Trực tuyến"),
            new DateOnly(2026, 12, 6));

        Assert.Equal(FeeKind.Free, fee.Kind);
    }

    [Fact]
    public void ADescriptionAboutAnotherAmountLeavesTheCellsFeeAlone()
    {
        var fee = FeeReader.Evaluate(
            FeeReader.Rules("100,000 Việt Nam Đồng", "Trực tiếp", "Phí thẩm định 300.000 đồng (áp dụng mức 150.000 đồng kể từ ngày 01/7/2025 đến hết ngày 31/12/2026)"),
            new DateOnly(2026, 12, 6));

        Assert.Equal(100_000, fee.Amount);
        Assert.Null(fee.Until);
    }

    [Theory]
    // 2.000815: the description states the cell's 2.000 đồng/trang and the other pages' rate and the cap.
    [InlineData("2,000 Việt Nam Đồng (/trang)", "Tại Ủy ban nhân dân cấp xã, Tổ chức hành nghề công chứng: 2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản. Trang là căn cứ để thu phí được tính theo trang của bản chính;", "từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản")]
    // A dated reduction is not another case: it is the fee today, read by Rules.
    [InlineData("500,000 Việt Nam Đồng", "Phí: 500.000 đồng/hồ sơ (áp dụng mức phí 250.000 đồng/hồ sơ kể từ ngày 01/7/2025 đến hết ngày 31/12/2026).", null)]
    // 1.001456: no description of its own; the cell explains itself in brackets, and "đ" is written out.
    [InlineData("200,000 Việt Nam Đồng (200.000đ/ hộ chiếu. Trường hợp cấp lại do bị hỏng hoặc bị mất: 400.000đ/hộ chiếu (Thông tư số 25/2021/TT-BTC ngày 07/4/2021 của Bộ Tài chính).)", null, "Trường hợp cấp lại do bị hỏng hoặc bị mất: 400.000 đồng/hộ chiếu")]
    // A description that never states the cell's amount is about something else.
    [InlineData("100,000 Việt Nam Đồng", "Phí thẩm định 300.000 đồng/hồ sơ.", null)]
    public void TheDescriptionsAmountsForOtherCasesAreQuotedBesideTheCellsAmount(string cell, string? description, string? expected)
    {
        var others = FeeReader.OtherAmounts(cell, description);

        Assert.Equal(expected is null ? [] : [expected], others);
    }

    [Theory]
    // 2.001583: the online cell is the publication fee, the desk's the registration fee.
    [InlineData("100,000 Việt Nam Đồng (Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần (Thông tư số 47/2019/TT-BTC))", "Phí công bố nội dung đăng ký doanh nghiệp")]
    [InlineData("50,000 Việt Nam Đồng (- Lệ phí đăng ký doanh nghiệp: Bằng 50% mức thu lệ phí quy định tại điểm 1 Biểu phí)", "Lệ phí đăng ký doanh nghiệp")]
    // A bare "Lệ phí:" names no charge.
    [InlineData("70,000 Việt Nam Đồng (Lệ phí: 70.000 đồng/thẻ)", null)]
    public void TheChargeANoteNamesBeforeItsAmountIsKeptWithTheFee(string cell, string? label)
    {
        var fee = FeeReader.Evaluate(FeeReader.Rules(cell, "Trực tuyến"), new DateOnly(2026, 12, 6));

        Assert.Equal(FeeKind.Amount, fee.Kind);
        Assert.Equal(label, fee.Label);
    }

    [Fact]
    public void UnitInBracketsAfterTheCurrencyIsThePerWhat()
    {
        // 2.000815 Chứng thực bản sao từ bản chính, as the portal writes the fee cell.
        var fee = FeeReader.Read("2,000 Việt Nam Đồng (/trang)", "Trực tiếp", new DateOnly(2026, 12, 6));

        Assert.Equal(2_000, fee.Amount);
        Assert.Equal("trang", fee.Unit);
    }

    [Fact]
    public void OnceTheReductionHasEndedTheUsualAmountApplies()
    {
        var fee = FeeReader.Read(IdCardReissue, "Trực tiếp", new DateOnly(2027, 1, 1));

        Assert.Equal(70_000, fee.Amount);
        Assert.Null(fee.Until);
    }

    [Fact]
    public void AReductionForOnlineFilingAppliesOnlyToTheOnlineChannel()
    {
        var day = new DateOnly(2025, 6, 1);

        Assert.Equal(115_000, FeeReader.Read(DrivingLicence, "Trực tuyến", day).Amount);
        Assert.Equal(135_000, FeeReader.Read(DrivingLicence, "Trực tiếp", day).Amount);
        Assert.Equal(135_000, FeeReader.Read(DrivingLicence, "Trực tuyến", new DateOnly(2026, 12, 6)).Amount);
    }

    [Theory]
    [InlineData("Miễn phí")]
    [InlineData("Miễn phí (Không có)")]
    [InlineData("Miễn phí (Không quy định.)")]
    [InlineData("Miễn phí (Miễn lệ phí. Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu) thực hiện theo quy định tại Thông tư số 281/2016/TT-BTC.)")]
    public void FreeWithNothingElseInTheNoteIsFree(string cell) =>
        Assert.Equal(FeeKind.Free, FeeReader.Read(cell, "Trực tiếp", new DateOnly(2026, 12, 6)).Kind);

    [Theory]
    [InlineData("Miễn phí (Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương quy định)")]
    [InlineData("Miễn phí (Phí thẩm định)")]
    [InlineData("Miễn phí (Miễn lệ phí đối với những trường hợp sau: + Người có công lao đặc biệt. + Người không quốc tịch có hoàn cảnh kinh tế khó khăn.)")]
    [InlineData("Miễn phí (Theo quy định của Thông tư số 85/2019/TT-BTC)")]
    public void FreeBesideANoteThatNamesAFeeOrWhoSetsItIsNotCalledFree(string cell)
    {
        var fee = FeeReader.Read(cell, "Trực tiếp", new DateOnly(2026, 12, 6));

        Assert.Equal(FeeKind.RuleOnly, fee.Kind);
        Assert.False(string.IsNullOrWhiteSpace(fee.Rule));
    }

    [Theory]
    [InlineData("Miễn phí (Theo quy định của Luật phí và lệ phí và các văn bản hướng dẫn)", "Theo quy định của Luật phí và lệ phí và các văn bản hướng dẫn")]
    [InlineData("Miễn phí (- theo quy định của pháp luật về phí, lệ phí.)", "theo quy định của pháp luật về phí, lệ phí.")]
    public void FreeBesideANoteThatOnlyNamesTheFeeLawIsFreeAndKeepsTheNote(string cell, string note)
    {
        var rules = FeeReader.Rules(cell, "Trực tiếp");
        var fee = FeeReader.Evaluate(rules, new DateOnly(2026, 12, 6));

        Assert.Equal(FeeKind.Free, fee.Kind);
        Assert.Equal(note, fee.Rule);
        Assert.True(Assert.Single(rules).Free);
    }

    [Fact]
    public void AnAmountTheCrawlShortenedIsTakenFromTheNoteNotStated()
    {
        // 2.001610: "100 VNĐ" lost its thousands; the note says 100.000 đồng/lần.
        var fee = FeeReader.Read("100 VNĐ (Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần (Thông tư số 47/2019/TT-BTC))", "Trực tuyến", new DateOnly(2026, 12, 6));

        Assert.Equal(100_000, fee.Amount);
        Assert.Equal("lần", fee.Unit);
    }

    [Fact]
    public void AFeeTheProvincialCouncilSetsSaysSo()
    {
        var fee = FeeReader.Read("50,000 VNĐ (- Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định (căn cứ quy định tại Thông tư số 85/2019/TT-BTC).)", "Trực tiếp", new DateOnly(2026, 12, 6));

        Assert.Equal(50_000, fee.Amount);
        Assert.True(fee.SetLocally);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Không có thông tin")]
    [InlineData("(((")]
    public void NothingReadableIsUnknownNeverAGuess(string? cell) =>
        Assert.Equal(FeeKind.Unknown, FeeReader.Read(cell, "Trực tiếp", new DateOnly(2026, 12, 6)).Kind);

    [Fact]
    public void AmountsAreWrittenTheVietnameseWay()
    {
        Assert.Equal("70.000 đồng", Dong.Format(70_000));
        Assert.Equal("1.500.000 đồng", Dong.Format(1_500_000));
        Assert.Equal("31/12/2026", Dong.FormatDate(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void TheDesksRateForRegistrationByListNamesItsCase()
    {
        // 1.004194 Đăng ký tạm trú, channel Trực tiếp: 10.000 đồng is per person on a list, not a single registration.
        var fee = FeeReader.Read("10,000 Việt Nam Đồng (- Đăng ký tạm trú theo danh sách: + Trường hợp công dân nộp hồ sơ trực tiếp thu 10.000 đồng/người/lần đăng ký;)", "Trực tiếp", new DateOnly(2026, 12, 6));

        Assert.Equal(10_000, fee.Amount);
        Assert.Equal("người/lần đăng ký", fee.Unit);
        Assert.Equal("Đăng ký tạm trú theo danh sách", fee.Case);
    }

    [Fact]
    public void ANoteThatOnlySaysWhomTheAmountIsForIsItsCase()
    {
        // 1.005103 Kiểm định xe cơ giới: 40.000 đồng is the rate for cars of 10 seats or more.
        var fee = FeeReader.Read("40,000 Việt Nam Đồng (- Xe ô tô từ 10 chỗ trở lên)", "Trực tiếp", new DateOnly(2026, 12, 6));

        Assert.Equal(40_000, fee.Amount);
        Assert.Equal("Xe ô tô từ 10 chỗ trở lên", fee.Case);
    }

    [Fact]
    public void AnAmountTheNoteDatesToADayThatHasPassedIsExpiredWithItsOtherCase()
    {
        // 1.001456 Cấp hộ chiếu, channel Trực tuyến: both online rates applied until 31/12/2023.
        const string cell = "160,000 Việt Nam Đồng (+ 160.000/hộ chiếu, trường hợp cấp lại do bị hư hỏng hoặc bị mất: 320.000đ/hộ chiếu (áp dụng đến hết ngày 31/12/2023 theo Thông tư số 44/2023/TT-BTC ngày 29/6/2023 của Bộ tài chính).)";

        var now = FeeReader.Read(cell, "Trực tuyến", new DateOnly(2026, 12, 6));
        var then = FeeReader.Read(cell, "Trực tuyến", new DateOnly(2023, 6, 1));

        Assert.Equal(FeeKind.Expired, now.Kind);
        Assert.Equal(160_000, now.Amount);
        Assert.Equal("hộ chiếu", now.Unit);
        Assert.Equal(new DateOnly(2023, 12, 31), now.Until);
        var other = Assert.Single(now.ExpiredCases);
        Assert.Equal((320_000L, "trường hợp cấp lại do bị hư hỏng hoặc bị mất"), (other.Amount!.Value, other.Case));
        Assert.Equal(FeeKind.Amount, then.Kind);
        Assert.Equal(160_000, then.Amount);
    }

    [Fact]
    public void ALongRuleIsKeptWholeForTheReplyToShorten()
    {
        const string cell = "Miễn phí (Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định. Miễn lệ phí đối với trường hợp đăng ký khai tử đúng hạn, người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật.)";

        var fee = FeeReader.Read(cell, "Trực tiếp", new DateOnly(2026, 12, 6));

        Assert.Equal(FeeKind.RuleOnly, fee.Kind);
        Assert.EndsWith("người thuộc hộ nghèo; người khuyết tật.", fee.Rule);
        Assert.True(fee.SetLocally);
    }
}
