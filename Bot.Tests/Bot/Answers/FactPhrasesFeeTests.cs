using Bot.Answers;
using Bot.Templates;
using Bot.Tests.Bot.Support;
using KnowledgeBase.Content;
using KnowledgeBase.Procedures;

namespace Bot.Tests.Bot.Answers;

/// <summary>
/// The fee phrase a citizen reads, from real catalogue records copied into Fixtures/fees (as re-imported on
/// 2026-11-25), on a pinned day: the record's own words when it names no amount, the case each amount is for, and
/// an amount whose period has ended never stated as today's.
/// </summary>
public sealed class FactPhrasesFeeTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private readonly FactPhrases _phrases = new(TemplateCatalog.LoadEmbedded());

    private static Procedure Load(string code)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fees", code + ".md");
        return ProcedureMarkdownReader.Read(File.ReadAllText(path), path).Procedure!;
    }

    [Fact]
    public void AFreeCellWhoseNoteIsAboutAnOptionalCopyIsStillFree()
    {
        // 1.004845, online: "Miễn phí (Phí cấp bản sao Trích lục … (nếu có yêu cầu) thực hiện theo quy định tại Thông tư …)".
        var fee = _phrases.Fee(BotFixtures.RepositorySearch.GetByCode("1.004845")!, Today);

        Assert.StartsWith("không mất lệ phí", fee, StringComparison.Ordinal);
        Assert.DoesNotContain("không rõ", fee, StringComparison.Ordinal);
    }

    [Fact]
    public void DeathRegistrationStatesTheExemptionInTheRecordsWordsInsteadOfSayingNoFeeIsRecorded()
    {
        // 1.000656: "Miễn phí (Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh … quyết định. Miễn lệ phí đối với trường hợp
        // đăng ký khai tử đúng hạn, người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật. …)"
        var fee = _phrases.Fee(Load("1.000656"), Today);

        Assert.DoesNotContain("chưa ghi mức lệ phí", fee);
        Assert.StartsWith("lệ phí do Hội đồng nhân dân thành phố quyết định, danh mục chưa ghi số tiền cụ thể; danh mục ghi: “Miễn lệ phí đối với trường hợp đăng ký khai tử đúng hạn, người thuộc gia đình có công với cách mạng", fee);
        Assert.EndsWith("” (xem chi tiết ở trang nguồn)", fee);
    }

    [Fact]
    public void MaritalStatusCertificateQuotesTheWholeExemptionWhenItFits()
    {
        var fee = _phrases.Fee(Load("1.004873"), Today);

        Assert.Equal("lệ phí do Hội đồng nhân dân thành phố quyết định, danh mục chưa ghi số tiền cụ thể; danh mục ghi: “Miễn lệ phí cho người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật”", fee);
    }

    [Fact]
    public void AnEditorsRuleOverAHundredCharactersIsShownWhole()
    {
        const string rule = "Miễn lệ phí đối với trẻ em dưới 6 tuổi, người cao tuổi và người khuyết tật đăng ký tại bộ phận một cửa cấp xã.";
        var procedure = Load("1.000656") with { Facts = new ProcedureFacts { Fees = [new FeeRule { Channel = "Trực tiếp", Rule = rule }] } };

        var fee = _phrases.Fee(procedure, Today);

        Assert.True(rule.Length > 100);
        Assert.Equal("lệ phí chưa có số tiền cụ thể trong danh mục; danh mục ghi: “" + rule.TrimEnd('.') + "”", fee);
    }

    [Fact]
    public void AnAmountARuleStatesIsShownAsTheAmount()
    {
        var procedure = Load("1.000656") with
        {
            Facts = new ProcedureFacts { Fees = [new FeeRule { Channel = "Trực tiếp", Rule = "Miễn lệ phí cho người thuộc hộ nghèo. Các trường hợp khác nộp 50000 đồng/lần theo Nghị quyết của Hội đồng nhân dân thành phố." }] },
        };

        var fee = _phrases.Fee(procedure, Today);

        Assert.Contains("**50.000 đồng**/lần", fee);
        Assert.Contains("Miễn lệ phí cho người thuộc hộ nghèo", fee);
    }

    [Fact]
    public void TemporaryResidenceNamesTheCaseEachRateIsFor()
    {
        // 1.004194: the desk's 10.000 đồng is the rate for "Đăng ký tạm trú theo danh sách", per person.
        var fee = _phrases.Fee(Load("1.004194"), Today);

        Assert.Equal("lệ phí trực tuyến **7.000 đồng**/lần đăng ký, áp dụng cho đăng ký tạm trú (cá nhân, hộ gia đình); trực tiếp **10.000 đồng**/người/lần đăng ký, áp dụng cho đăng ký tạm trú theo danh sách", fee);
    }

    [Fact]
    public void ThePassportsOnlineRateThatEndedIn2023IsNotTodaysFeeAndKeepsItsLostPassportRate()
    {
        var fee = _phrases.Fee(Load("1.001456"), Today);

        Assert.StartsWith("lệ phí trực tiếp **200.000 đồng**/hộ chiếu (trường hợp cấp lại do bị hỏng hoặc bị mất: 400.000 đồng/hộ chiếu)", fee);
        Assert.Contains("trực tuyến, dịch vụ bưu chính: danh mục ghi 160.000 đồng/hộ chiếu (trường hợp cấp lại do bị hư hỏng hoặc bị mất: 320.000 đồng/hộ chiếu), chỉ áp dụng đến hết 31/12/2023", fee);
        Assert.DoesNotContain("**160.000 đồng**", fee);
    }

    [Fact]
    public void WhileThePassportsOnlineRateWasInForceItWasTheFee()
    {
        var fee = _phrases.Fee(Load("1.001456"), new DateOnly(2023, 6, 1));

        Assert.Contains("trực tuyến, dịch vụ bưu chính **160.000 đồng**/hộ chiếu, áp dụng đến hết 31/12/2023", fee);
    }

    [Fact]
    public void CompanyAddressChangeStatesTheOnlinePublicationFeeAndTheDesksRuleAndThatItCanBeFiledOnline()
    {
        // 2.002041 was imported as glued text ("Trực tuyến1100 VNĐ(…)"): no fee and no online filing were known.
        var procedure = Load("2.002041");

        var fee = _phrases.Fee(procedure, Today);

        Assert.StartsWith("lệ phí trực tuyến **100.000 đồng**/lần (phí công bố nội dung đăng ký doanh nghiệp); dịch vụ bưu chính, trực tiếp: chưa có số tiền cụ thể trong danh mục; danh mục ghi: “Lệ phí đăng ký doanh nghiệp: Bằng 50% mức thu lệ phí", fee);
        Assert.StartsWith("có thể nộp trực tuyến", _phrases.Online(procedure));
    }

    [Fact]
    public void RulesThatDifferOnlyByAFullStopAreOneLineAndTheCouncilIsNamedOnce()
    {
        // 1.013225: "Miễn phí (Theo quy định của Hội đồng nhân dân cấp tỉnh)" online and by post, "…cấp tỉnh.)" at the desk.
        var fee = _phrases.Fee(Load("1.013225"), Today);

        Assert.Equal("lệ phí do Hội đồng nhân dân thành phố quyết định, danh mục chưa ghi số tiền cụ thể", fee);
    }

    [Fact]
    public void AFreeCellWhoseNoteOnlyNamesTheFeeLawSaysFreeAndQuotesTheNote()
    {
        // 1.012812 (land dispute mediation): "Miễn phí (Theo quy định của Luật phí và lệ phí …)" on every channel. Citizens
        // asking "có mất phí không" were told only that the catalogue names no amount.
        var fee = _phrases.Fee(BotFixtures.RepositorySearch.GetByCode("1.012812")!, Today);

        Assert.StartsWith("danh mục ghi **miễn phí**, kèm ghi chú: “Theo quy định của Luật phí và lệ phí", fee, StringComparison.Ordinal);
    }

    [Fact]
    public void AFreeCellWhoseNoteSaysTheCouncilSetsTheFeeIsStillNotFree()
    {
        var fee = _phrases.Fee(Load("1.013225"), Today);

        Assert.DoesNotContain("miễn phí", fee, StringComparison.Ordinal);
    }
}
