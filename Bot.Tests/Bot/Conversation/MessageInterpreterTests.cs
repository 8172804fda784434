using Bot.Conversation;

namespace Bot.Tests.Bot.Conversation;

public sealed class MessageInterpreterTests
{
    private readonly MessageInterpreter _interpreter = new();

    [Theory]
    [InlineData("đóng bhxh tự nguyện, vừa sinh con xong thì nộp hồ sơ hưởng thai sản ở đâu, hạn chót bao lâu", new[] { Aspect.Where, Aspect.Deadline, Aspect.Time })]
    [InlineData("Vợ em sắp sinh, giờ muốn hưởng chế độ thai sản thì nộp hồ sơ cho ai", new[] { Aspect.Where })]
    // Which department: "sở nào" asks the place.
    [InlineData("ben xe khach cua cty minh vua cai tao nang cap xong, can cong bo lai ben xe thi nop o so nao, may ngay", new[] { Aspect.Where, Aspect.Time })]
    [InlineData("nộp hồ sơ gồm những gì", new[] { Aspect.Documents })]
    [InlineData("em cần giấy xác nhận độc thân để làm hồ sơ vay mua nhà thì bao lâu có", new[] { Aspect.Time })]
    [InlineData("em can giay xac nhan doc than de lam ho so vay mua nha thi bao lau co", new[] { Aspect.Time })]
    [InlineData("ho kinh doanh chuyen dia diem, han bao lau", new[] { Aspect.Deadline })]
    [InlineData("bố tôi mất thì trong bao lâu phải đi khai tử", new[] { Aspect.Deadline })]
    public void HandingInTheFileIsNotAQuestionAboutItsPapers(string message, Aspect[] expected)
    {
        Assert.Equal(expected, _interpreter.Interpret(message).Aspects);
    }

    [Theory]
    // Courtesy after the question ("ạ") and the other way offered after it ("hay phải về quê") still ask yes or no.
    [InlineData("em đang làm việc ở Nhật, cần phiếu lý lịch tư pháp số 1, có thể ủy quyền cho mẹ ở Hà Nội đi xin thay được ko ạ")]
    [InlineData("bố em mất ở bệnh viện Bạch Mai, hộ khẩu thường trú ở Nam Định, đăng ký khai tử ở Hà Nội được không hay phải về quê ạ")]
    [InlineData("làm căn cước cho con 5 tuổi có cần bố mẹ đi cùng không vậy")]
    public void AYesOrNoQuestionIsReadAsOne(string message)
    {
        Assert.True(_interpreter.Interpret(message).AsksYesOrNo);
    }

    [Theory]
    [InlineData("sinh viên có được giảm lệ phí không")]
    [InlineData("sinh vien co duoc giam le phi khong")]
    [InlineData("người cao tuổi có được miễn phí không")]
    public void AskingWhetherSomeonePaysLessIsReadAsAReduction(string message)
    {
        Assert.True(_interpreter.Interpret(message).AsksForAReduction);
    }

    [Theory]
    [InlineData("xin đăng ký tạm thời online thì mấy tiếng có", new[] { Aspect.Online, Aspect.Time })]
    [InlineData("còn giấy tờ?", new[] { Aspect.Documents })]
    [InlineData("giay to thi sao", new[] { Aspect.Documents })]
    [InlineData("Công ty bên Úc yêu cầu tôi nộp giấy xác nhận lịch sử xuất nhập cảnh, xin giấy đó ở đâu vậy", new[] { Aspect.Where })]
    [InlineData("đăng ký kinh doanh có yêu cầu gì về vốn không", new[] { Aspect.Eligibility })]
    [InlineData("chồng có được hưởng không", new[] { Aspect.Eligibility })]
    [InlineData("hoàn cảnh khó khăn, có được miễn giảm phí thi hành án ko", new[] { Aspect.Eligibility })]
    [InlineData("bị tính tiền chậm nộp thuế, có được miễn tiền chậm nộp không, nộp hồ sơ ở đâu", new[] { Aspect.Eligibility, Aspect.Where })]
    [InlineData("làm giấy xác nhận tình trạng hôn nhân có được miễn phí không", new[] { Aspect.Fee })]
    [InlineData("nha toi bi cuong che thi hanh an, ko co tien tra chi phi cuong che, co xin mien giam duoc ko", new[] { Aspect.Eligibility })]
    [InlineData("2 dua dinh dk ket hon truoc Tet. lam o phuong nao cung dc hay sao, co mat phi ko", new[] { Aspect.Where, Aspect.Fee })]
    public void EverydayWaysOfAskingAFactAreReadAsThatFact(string message, Aspect[] expected)
    {
        Assert.Equal(expected, _interpreter.Interpret(message).Aspects);
    }

    public static TheoryData<Aspect, string> NotAskedExamples()
    {
        var examples = new TheoryData<Aspect, string>();
        foreach (var definition in AspectCatalog.Instance.Definitions)
        {
            foreach (var rule in definition.NotAsked)
            {
                examples.Add(definition.Aspect, rule.Example);
            }
        }

        return examples;
    }

    [Theory]
    [MemberData(nameof(NotAskedExamples))]
    public void EveryExampleOfATriggerThatAsksNothingIsReadWithoutItsAspect(Aspect aspect, string example)
    {
        var understanding = _interpreter.Interpret(example);

        Assert.Equal(Intent.Question, understanding.Intent);
        Assert.DoesNotContain(aspect, understanding.Aspects);
    }

    // The examples of the place rules before they were merged into one rule with a list of phrases (aspects.json keeps
    // one example per rule): every phrase of the list still asks nothing beside another fact.
    [Theory]
    [InlineData("chuyển hộ khẩu từ ở tỉnh khác về thì mất bao lâu", Aspect.Where)]
    [InlineData("con tôi sinh ở nơi khác thì làm khai sinh mất bao lâu", Aspect.Where)]
    [InlineData("đăng ký kết hôn ở công an phường thì bao lâu có giấy", Aspect.Where)]
    [InlineData("đăng ký kết hôn ở công an xã thì bao lâu có giấy", Aspect.Where)]
    [InlineData("đăng ký kết hôn tại công an phường thì bao lâu có giấy", Aspect.Where)]
    [InlineData("đăng ký kết hôn tại công an xã thì bao lâu có giấy", Aspect.Where)]
    [InlineData("đăng ký kết hôn ở ủy ban thì bao lâu có giấy", Aspect.Where)]
    [InlineData("đăng ký kết hôn ở ubnd thì bao lâu có giấy", Aspect.Where)]
    [InlineData("đăng ký kết hôn ở xã thì bao lâu có giấy", Aspect.Where)]
    [InlineData("đăng ký kết hôn ở quận thì bao lâu có giấy", Aspect.Where)]
    [InlineData("đăng ký kết hôn ở huyện thì bao lâu có giấy", Aspect.Where)]
    [InlineData("đăng ký kết hôn tại phường thì bao lâu có giấy", Aspect.Where)]
    [InlineData("đăng ký kết hôn tại xã thì bao lâu có giấy", Aspect.Where)]
    [InlineData("bán hàng tại nhà thì đăng ký mất bao lâu", Aspect.Online)]
    public void EveryPhraseOfAMergedPlaceRuleAsksNothingBesideAnotherFact(string message, Aspect notAsked)
    {
        var understanding = _interpreter.Interpret(message);

        Assert.Equal(Intent.Question, understanding.Intent);
        Assert.DoesNotContain(notAsked, understanding.Aspects);
    }

    [Fact]
    public void ATermTypedInCapitalsKeepsThemForTheSearch()
    {
        var request = _interpreter.Interpret("Lệ phí cấp thẻ ABTC là bao nhiêu? thẻ ABTC").ToMatchRequest();

        Assert.Contains("thẻ ABTC", request.SearchText, StringComparison.Ordinal);
        Assert.DoesNotContain("Lệ", request.SearchText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cho hỏi giờ làm việc của trung tâm", Intent.CentreInfo)]
    [InlineData("sdt tong dai", Intent.CentreInfo)]
    [InlineData("trung tâm mấy giờ mở cửa", Intent.CentreInfo)]
    [InlineData("muốn mở cửa hàng tạp hóa cần giấy tờ gì", Intent.Question)]
    public void QuestionsAboutTheCentreItselfAreToldApartFromProcedureQuestions(string message, Intent expected)
    {
        Assert.Equal(expected, _interpreter.Interpret(message).Intent);
    }

    [Theory]
    [InlineData("ông chủ tịch UBND thành phố làm việc có tốt không", Intent.OutOfScope)]
    [InlineData("chính sách cấm xe máy xăng là đúng hay sai", Intent.OutOfScope)]
    // Typed without diacritics these are no opinion: "theo bản án", "có dùng không".
    [InlineData("chong cu khong cap duong theo ban an ly hon, muon yeu cau thi hanh an", Intent.Question)]
    [InlineData("the bhyt cu co dung khong", Intent.Question)]
    public void AnOpinionAskedIsToldApartFromWordsThatOnlyFoldLikeOne(string message, Intent expected)
    {
        Assert.Equal(expected, _interpreter.Interpret(message).Intent);
    }

    [Theory]
    [InlineData("muốn lấy tiền bảo hiểm một lần thì làm ở đâu, giấy tờ gì", new[] { Aspect.Where, Aspect.Documents })]
    [InlineData("làm hộ chiếu tiền thế nào", new[] { Aspect.Fee, Aspect.Steps })]
    [InlineData("nghỉ ốm được bảo hiểm trả tiền thì cần giấy tờ gì", new[] { Aspect.Documents })]
    [InlineData("mở quán tạp hóa nhỏ ở nhà muốn đăng ký kinh doanh hết bao nhiêu tiền", new[] { Aspect.Fee })]
    [InlineData("đăng ký kinh doanh ở nhà được không", new[] { Aspect.Online })]
    [InlineData("xây nhà 4 tầng ở phường thì xin giấy phép mất bao lâu", new[] { Aspect.Time })]
    [InlineData("muốn chia đôi ra 2 sổ thì hết bao nhiêu ngày", new[] { Aspect.Time })]
    [InlineData("giay phep xay dung sap het han xin them thoi gian co mat phi ko", new[] { Aspect.Fee })]
    [InlineData("chứng thực di chúc ở phường được không", new[] { Aspect.Where })]
    [InlineData("rút tiền bảo hiểm một lần được bao nhiêu", new[] { Aspect.Amount })]
    [InlineData("làm hộ chiếu hết bao nhiêu tiền, ở đâu", new[] { Aspect.Fee, Aspect.Where })]
    public void TheMoneyAStoryIsAboutIsNoFeeQuestion(string message, Aspect[] expected)
    {
        Assert.Equal(expected, _interpreter.Interpret(message).Aspects);
    }

    [Theory]
    [InlineData("chứng thực bản sao giấy tờ hết bao nhiêu tiền", new[] { Aspect.Fee })]
    [InlineData("dịch thuật giấy tờ sang tiếng Anh rồi chứng thực mất bao lâu", new[] { Aspect.Time })]
    [InlineData("đăng ký kết hôn cần những giấy tờ gì", new[] { Aspect.Documents })]
    [InlineData("làm hộ chiếu thì giấy tờ cần mang theo là gì", new[] { Aspect.Documents })]
    [InlineData("cho tôi hỏi giấy tờ như thế nào để cấp lại sổ đỏ", new[] { Aspect.Documents })]
    public void PapersNamedAsWhatTheProcedureIsAboutAreNotAQuestionAboutPapersToBring(string message, Aspect[] expected)
    {
        Assert.Equal(expected, _interpreter.Interpret(message).Aspects);
    }

    [Theory]
    [InlineData("quay lại chuyện khai sinh", "khai sinh")]
    [InlineData("quay lai chuyen ho chieu, mat may ngay", "ho chieu mat may ngay")]
    [InlineData("trở lại vấn đề kết hôn", "kết hôn")]
    public void GoingBackToAnEarlierTopicIsNeitherTopicNorSearchWords(string message, string searched)
    {
        var understanding = _interpreter.Interpret(message);

        // "lại" would otherwise be read as re-registration ("Đăng ký lại khai sinh").
        Assert.Equal(searched, understanding.SearchText);
        Assert.DoesNotContain(understanding.TopicWords, w => w is "lại" or "lai" or "quay" or "chuyện" or "vấn" or "đề");
    }

    [Theory]
    [InlineData("lệ phí thế nào", new[] { Aspect.Fee })]
    [InlineData("còn thời gian như thế nào", new[] { Aspect.Time })]
    [InlineData("chế độ thai sản được bao nhiêu tiền", new[] { Aspect.Amount })]
    [InlineData("bhyt hộ gia đình mỗi người đóng bao nhiêu", new[] { Aspect.Amount })]
    [InlineData("cấp lại căn cước thì nhận được gì", new[] { Aspect.Result })]
    [InlineData("xe tải nằm bãi 2 tháng, muốn hoàn phí đường bộ thì nộp ở đâu", new[] { Aspect.Where })]
    [InlineData("xin giấy xác nhận cư trú để bổ sung hồ sơ xin việc thì mất mấy ngày, có mất phí ko", new[] { Aspect.Time, Aspect.Fee })]
    [InlineData("photo công chứng cccd ở phường thì mất bn tiền 1 trang", new[] { Aspect.Fee })]
    [InlineData("mua lai xe may cu cua hang xom, di sang ten thi bn ngay co dang ky moi", new[] { Aspect.Time })]
    [InlineData("Tôi mở nhà nghỉ, xin giấy chứng nhận đủ điều kiện an ninh trật tự thì mất bao nhiêu tiền và mấy ngày?", new[] { Aspect.Fee, Aspect.Time })]
    [InlineData("đàn lợn nhà tôi bị dịch tả lợn châu phi chết hết, muốn xin hỗ trợ thiệt hại thì nộp hồ sơ ở đâu, mất bao lâu", new[] { Aspect.Where, Aspect.Time })]
    public void AFactAskedWithThếNàoIsThatFactNotTheStepsAndMoneyPaidInOrReceivedIsNotAFee(string message, Aspect[] expected)
    {
        Assert.Equal(expected, _interpreter.Interpret(message).Aspects);
    }

    [Theory]
    [InlineData("xe tai nha toi nghi khong chay 3 thang thi co duoc tra lai phi duong bo khong")]
    [InlineData("nộp nhầm thuế muốn hoàn lại phí đã nộp")]
    public void AFeePaidBackToTheCitizenIsWhatTheyAskForNotAFeeQuestion(string message)
    {
        Assert.DoesNotContain(Aspect.Fee, _interpreter.Interpret(message).Aspects);
    }

    [Fact]
    public void ACitizenWhoDoesNotKnowWhatToAskNamesNoTopic()
    {
        // "cả" named a topic, so "tôi ko biết làm gì cả" searched the catalogue and apologised for finding nothing.
        Assert.Empty(_interpreter.Interpret("tôi ko biết làm gì cả, giúp tôi với").TopicWords);
    }
}
