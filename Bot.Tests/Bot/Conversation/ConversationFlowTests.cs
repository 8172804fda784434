using Bot.Tests.Bot.Support;
using KnowledgeBase.Feedback;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace Bot.Tests.Bot.Conversation;

public sealed class ConversationFlowTests : IDisposable
{
    private static readonly string[] VehicleCodes = ["1.013080", "1.013082", "1.012575", "1.013076"];
    private static readonly string[] ConversationalKinds = ["smallTalk", "help"];

    private readonly BotHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task ConversationStartIsWelcomedWithFourToSixSuggestedTopics()
    {
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [new ChannelAccount("citizen-1", "Công dân")],
        };

        await _harness.Flow()
            .Send(update)
            .AssertReply(reply =>
            {
                Assert.Equal("welcome", reply.Kind());
                Assert.Contains("Trợ lý ảo Hành chính công", reply.Text());
                Assert.InRange(reply.Actions().Count, 4, 6);
                Assert.All(reply.Actions(), a => Assert.False(string.IsNullOrWhiteSpace(a.Title)));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task SameProcedureAtSeveralLevelsIsAnsweredThroughTheRecordCitizensFileWith()
    {
        // Cấp xã, cấp tỉnh and cấp trung ương records of one procedure are one family: the commune-level one answers.
        await _harness.Flow()
            .Send("lệ phí cấp lại thẻ căn cước bao nhiêu")
            .AssertReply(reply =>
            {
                Assert.Equal("answer", reply.Kind());
                Assert.Equal("1.014064", reply.Code());
                Assert.Equal("Fee", reply.AspectName());
                Assert.Contains("Mã thủ tục: 1.014064", reply.Text());
                Assert.Contains("https://dichvucong.gov.vn/thu-tuc-hanh-chinh/", reply.Text());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AskingByWhenToActGivesTheCitizensOwnDeadlineNotTheOfficesTime()
    {
        await _harness.Flow()
            .Send("sinh con xong bao lâu phải làm giấy khai sinh")
            .AssertReply(reply =>
            {
                Assert.Equal("1.001193", reply.Code());
                Assert.Equal("Deadline", reply.AspectName());
                Assert.Contains("hạn phải làm: trong thời hạn 60 ngày kể từ ngày sinh con", FirstLine(reply));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AFollowUpNothingInTheCatalogueMatchesStaysWithTheProcedureUnderDiscussion()
    {
        const string unmatched = "nghi co 10 ngay thoi thi co can bao khong";
        await _harness.Flow()
            .Send(unmatched)
            .AssertReply(reply => Assert.Equal("noMatch", reply.Kind()))
            .Send("đăng ký khai sinh cho con cần giấy tờ gì")
            .AssertReply(reply => Assert.Equal("1.001193", reply.Code()))
            .Send(unmatched)
            .AssertReply(reply =>
            {
                Assert.Equal("answer", reply.Kind());
                Assert.Equal("1.001193", reply.Code());
                Assert.Contains("chưa tìm được câu trả lời riêng cho ý này", reply.Text());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AskingWhetherToBringTheIdentityCardStaysWithTheProcedureUnderDiscussion()
    {
        await _harness.Flow()
            .Send("đăng ký kết hôn ở đâu")
            .AssertReply(reply => Assert.Equal("1.000894", reply.Code()))
            .Send("co phai mang theo can cuoc khong")
            .AssertReply(reply =>
            {
                Assert.Equal("answer", reply.Kind());
                Assert.Equal("1.000894", reply.Code());
            })
            .Send("còn làm lại căn cước thì cần mang theo gì")
            .AssertReply(reply => Assert.NotEqual("1.000894", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task NamingAnotherLevelAfterAnAnswerAnswersTheSameQuestionThere()
    {
        await _harness.Flow()
            .Send("cấp lại thẻ căn cước mất bao lâu")
            .AssertReply(reply => Assert.Equal("1.014064", reply.Code()))
            .Send("cấp tỉnh")
            .AssertReply(reply =>
            {
                Assert.Equal("2.001194", reply.Code());
                Assert.Equal("Time", reply.AspectName());
                Assert.Contains("**7 ngày làm việc**", reply.Text());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ChosenLevelIsRememberedWhenTheSameProcedureComesUpAgain()
    {
        await _harness.Flow()
            .Send("cấp lại thẻ căn cước cần giấy tờ gì")
            .AssertReply(reply => Assert.Equal("1.014064", reply.Code()))
            .Send("cấp trung ương")
            .AssertReply(reply => Assert.Equal("1.000757", reply.Code()))
            .Send("bắt đầu lại")
            .AssertReply(reply => Assert.Equal("reset", reply.Kind()))
            .Send("lệ phí cấp lại thẻ căn cước")
            .AssertReply(reply =>
            {
                Assert.Equal("answer", reply.Kind());
                Assert.Equal("1.000757", reply.Code());
                Assert.Equal("Fee", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task LevelNamedInTheQuestionSkipsTheClarification()
    {
        await _harness.Flow()
            .Send("cấp lại thẻ căn cước cấp tỉnh cần chuẩn bị hồ sơ gì")
            .AssertReply(reply =>
            {
                Assert.Equal("answer", reply.Kind());
                Assert.Equal("2.001194", reply.Code());
                Assert.Equal("Documents", reply.AspectName());
                Assert.Contains("Phiếu đề nghị giải quyết thủ tục về căn cước", reply.Text());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ReissueVersusRenewalIsAskedWhenTheCitizenDoesNotSay()
    {
        await _harness.Flow()
            .Send("thẻ căn cước bị hỏng thì làm thế nào")
            .AssertReply(reply =>
            {
                Assert.Equal("clarification", reply.Kind());
                var titles = reply.Actions().Select(a => a.Title).ToList();
                Assert.Contains(titles, t => t.StartsWith("Cấp lại thẻ căn cước", StringComparison.Ordinal));
                Assert.Contains(titles, t => t.StartsWith("Cấp đổi thẻ căn cước", StringComparison.Ordinal));
                Assert.True(titles.Count <= 5);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task VehicleRegistrationVariantsAreOfferedAsChoices()
    {
        await _harness.Flow()
            .Send("đăng ký xe")
            .AssertReply(reply =>
            {
                Assert.Equal("clarification", reply.Kind());
                var codes = reply.Actions().Select(a => (string)a.Value).ToList();
                Assert.InRange(codes.Count, 2, 5);
                Assert.All(codes, c => Assert.Contains(c, VehicleCodes));
                Assert.Contains("1. ", reply.Text());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task FollowUpsApplyToTheProcedureUnderDiscussion()
    {
        await _harness.Flow()
            .Send("con mới sinh làm đăng ký khai sinh cần giấy tờ gì")
            .AssertReply(reply =>
            {
                Assert.Equal("1.001193", reply.Code());
                Assert.Equal("Documents", reply.AspectName());
                Assert.Contains("Giấy chứng sinh", reply.Text());
            })
            .Send("còn lệ phí thì sao?")
            .AssertReply(reply =>
            {
                Assert.Equal("1.001193", reply.Code());
                Assert.Equal("Fee", reply.AspectName());
                Assert.Contains("không mất lệ phí (miễn phí)", reply.Text());
            })
            .Send("nộp online được không?")
            .AssertReply(reply =>
            {
                Assert.Equal("1.001193", reply.Code());
                Assert.Equal("Online", reply.AspectName());
                Assert.Contains("— có thể nộp trực tuyến", reply.Text());
            })
            .Send("cần mang gì?")
            .AssertReply(reply =>
            {
                Assert.Equal("1.001193", reply.Code());
                Assert.Equal("Documents", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task BirthRegistrationTimeComesFromTheStepsWhenTheTimeFieldLostItsUnit()
    {
        // The crawl left "1" without a unit in the record's time cells; the steps say when the result is handed over.
        await _harness.Flow()
            .Send("khai sinh cho con mat may ngay")
            .AssertReply(reply =>
            {
                Assert.Equal("1.001193", reply.Code());
                Assert.Equal("Time", reply.AspectName());
                Assert.Contains("hồ sơ nộp sau 15 giờ được hẹn trả kết quả **trong ngày làm việc tiếp theo**", reply.Text());
                // The record's bare "1" is quoted with its unit said missing, never read as a number of days.
                Assert.Contains("“1” nhưng không ghi đơn vị", reply.Text());
                Assert.DoesNotContain("**1", reply.Text());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AskingAboutALostCardAfterARenewalAnswersTheReissueWithTheSameFact()
    {
        await _harness.Flow()
            .Send("đổi căn cước hết hạn mất bao nhiêu tiền")
            .AssertReply(reply => Assert.Equal("1.014063", reply.Code()))
            .Send("còn nếu phải cấp lại thì sao")
            .AssertReply(reply =>
            {
                Assert.Equal("1.014064", reply.Code());
                Assert.Equal("Fee", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task HowLongTypedWithoutAccentsAfterAnAnswerIsAskedAboutItNotAboutALoss()
    {
        // "mat bao lau" is "mất bao lâu": the time, not a lost card's re-issue.
        await _harness.Flow()
            .Send("đổi căn cước hết hạn cần giấy tờ gì")
            .AssertReply(reply => Assert.Equal("1.014063", reply.Code()))
            .Send("mat bao lau")
            .AssertReply(reply =>
            {
                Assert.Equal("1.014063", reply.Code());
                Assert.Equal("Time", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task OpeningHoursAreNotInventedAndLeaveSomethingToTap()
    {
        await _harness.Flow()
            .Send("cho hỏi giờ làm việc của trung tâm")
            .AssertReply(reply =>
            {
                Assert.Contains("chưa có thông tin về giờ làm việc", reply.Text());
                Assert.DoesNotMatch(@"\d{1,2}\s*(giờ|h)\b", reply.Text());
                Assert.NotEmpty(reply.Actions());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task NewTopicSwitchesCleanlyAndMissingTimeIsNotInvented()
    {
        await _harness.Flow()
            .Send("đăng ký khai sinh lệ phí")
            .AssertReply(reply => Assert.Equal("1.001193", reply.Code()))
            .Send("đăng ký kết hôn mất bao lâu")
            .AssertReply(reply =>
            {
                Assert.Equal("1.000894", reply.Code());
                Assert.Equal("Time", reply.AspectName());
                Assert.Contains("thời hạn giải quyết là “1” nhưng không ghi đơn vị", reply.Text());
                Assert.DoesNotMatch(@"\d+\s*(ngày|Ngày)", reply.Text());
            })
            .Send("lệ phí thế nào")
            .AssertReply(reply => Assert.Equal("1.000894", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task StartingOverForgetsTheProcedureUnderDiscussion()
    {
        await _harness.Flow()
            .Send("đăng ký thường trú mất bao lâu")
            .AssertReply(reply => Assert.Equal("1.004222", reply.Code()))
            .Send("bắt đầu lại")
            .AssertReply(reply =>
            {
                Assert.Equal("reset", reply.Kind());
                Assert.NotEmpty(reply.Actions());
            })
            .Send("lệ phí bao nhiêu?")
            .AssertReply(reply =>
            {
                Assert.Equal("needTopic", reply.Kind());
                Assert.Null(reply.Code());
                Assert.Contains("thủ tục nào", reply.Text());
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("xin chào", "Xin chào")]
    [InlineData("cảm ơn bạn nhé", "Rất vui được giúp bạn")]
    [InlineData("tạm biệt", "Chúc bạn một ngày tốt lành")]
    [InlineData("bạn làm được gì", "thủ tục hành chính")]
    [InlineData("cam on", "Rất vui được giúp bạn")]
    public async Task SmallTalkAndHelpGetShortPoliteReplies(string message, string expected)
    {
        await _harness.Flow()
            .Send(message)
            .AssertReply(reply =>
            {
                Assert.Contains(reply.Kind(), ConversationalKinds);
                Assert.Contains(expected, reply.Text());
                Assert.Null(reply.Code());
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("thời tiết Hà Nội hôm nay thế nào?")]
    [InlineData("thoi tiet ha noi hom nay")]
    [InlineData("giá vàng hôm nay bao nhiêu")]
    [InlineData("tôi bị sốt thì nên uống thuốc gì")]
    [InlineData("bạn nghĩ gì về bầu cử tổng thống Mỹ")]
    [InlineData("kể chuyện cười đi")]
    [InlineData("theo bạn thì chính sách cấm xe máy xăng trong vành đai 1 của Hà Nội là đúng hay sai, có nên phản đối không?")]
    [InlineData("theo bạn ông chủ tịch UBND thành phố Hà Nội hiện nay làm việc có tốt không?")]
    [InlineData("đơn hàng Shopee của em bị shipper làm mất, làm sao đòi shop hoàn tiền ạ")]
    [InlineData("muon doi goi cuoc 4G Viettel sang goi re hon thi lam the nao ad")]
    [InlineData("theo ban nen mua chung cu o Ha Dong hay Long Bien thi tot hon, gia dinh em 4 nguoi")]
    public async Task OutOfScopeRequestsAreDeclinedPolitelyWithWhatTheAssistantCanDo(string message)
    {
        await _harness.Flow()
            .Send(message)
            .AssertReply(reply =>
            {
                Assert.Equal("outOfScope", reply.Kind());
                Assert.Contains("thủ tục hành chính", reply.Text());
                Assert.Null(reply.Code());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ASingleGuessSaysTheCatalogueMayNotHaveWhatWasAskedInsteadOfAnsweringIt()
    {
        // Unemployment benefit itself has no record; the one found is authorising someone to collect it.
        using var repository = new BotHarness(search: BotFixtures.RepositorySearch);
        await repository.Flow()
            .Send("toi bi mat viec, muon huong tro cap that nghiep thi lam the nao")
            .AssertReply(reply =>
            {
                Assert.Equal("clarification", reply.Kind());
                Assert.Contains("chưa tìm thấy đúng thủ tục", reply.Text());
                Assert.Contains("Ủy quyền lĩnh thay", reply.Text());
                Assert.Null(reply.Code());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task NoMatchSaysSoHonestlyOffersClosestAndPointsToStaffWithoutInventingContacts()
    {
        await _harness.Flow()
            .Send("thủ tục cấp phép nuôi chim cảnh")
            .AssertReply(reply =>
            {
                Assert.Equal("noMatch", reply.Kind());
                Assert.Contains("chưa tìm thấy thủ tục phù hợp", reply.Text());
                Assert.Contains("Trung tâm Phục vụ hành chính công", reply.Text());
                Assert.Contains("dichvucong.gov.vn", reply.Text());
                Assert.DoesNotMatch(@"\d{3}[ .]?\d{3,4}[ .]?\d{3,4}", reply.Text());
                Assert.Null(reply.Code());
                Assert.Contains(reply.Actions(), a => a.Title == "Hỏi thủ tục khác" || a.Title == "Cấp lại thẻ căn cước");
            })
            .StartTestAsync();

        var unanswered = FeedbackLog.ReadAll(_harness.FeedbackFolder).Records;
        var record = Assert.Single(unanswered);
        Assert.Equal("unanswered", record.Kind);
        Assert.Equal("thủ tục cấp phép nuôi chim cảnh", record.Question);
    }

    [Fact]
    public async Task EveryAnswerNamesProcedureCodeLevelAndSourceAndOffersFeedback()
    {
        await _harness.Flow()
            .Send("đăng ký thường trú")
            .AssertReply(reply =>
            {
                Assert.Equal("answer", reply.Kind());
                Assert.Equal("Overview", reply.AspectName());
                Assert.Equal("extractive", reply.AnswerPath());
                var text = reply.Text();
                Assert.Contains("**Đăng ký thường trú**", text);
                Assert.Contains("Mã thủ tục: 1.004222 · Cấp xã", text);
                Assert.Contains("[Nguồn: Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn/thu-tuc-hanh-chinh/", text);
                Assert.Contains("Bạn có thể hỏi thêm", text);
                var titles = reply.Actions().Select(a => a.Title).ToList();
                Assert.Contains("Hữu ích", titles);
                Assert.Contains("Chưa hữu ích", titles);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AnAspectAskedWhileAMenuIsOpenIsAnsweredForItsMostLikelyOptionWithTheOthersOneTapAway()
    {
        await _harness.Flow()
            .Send("thẻ căn cước bị hỏng thì làm thế nào")
            .AssertReply(reply => Assert.Equal("clarification", reply.Kind()))
            .Send("còn lệ phí thì sao?")
            .AssertReply(reply =>
            {
                Assert.Equal("answer", reply.Kind());
                Assert.Equal("Fee", reply.AspectName());
                Assert.True(reply.Code() is "1.014064" or "1.014063", reply.Code());
                Assert.Contains("Bạn chưa chọn thủ tục: tôi trả lời theo thủ tục phù hợp nhất", reply.Text());
                Assert.Contains(reply.Actions(), a => a.Value is "1.014064" or "1.014063" && (string)a.Value != reply.Code());
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("số 2", 1)]
    [InlineData("cái thứ nhất", 0)]
    [InlineData("cái cuối nhé", -1)]
    public async Task AnOptionTypedByItsPlaceInTheMenuIsAnswered(string reply, int place)
    {
        IList<CardAction> options = [];
        await _harness.Flow()
            .Send("thẻ căn cước bị hỏng thì làm thế nào")
            .AssertReply(menu =>
            {
                Assert.Equal("clarification", menu.Kind());
                options = menu.Actions();
            })
            .Send(reply)
            .AssertReply(answer =>
            {
                Assert.Equal("answer", answer.Kind());
                Assert.Equal((string)options[place < 0 ? options.Count - 1 : place].Value, answer.Code());
                Assert.DoesNotContain("Bạn chưa chọn thủ tục", answer.Text());
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("cấp đổi", "1.014063")]
    [InlineData("cap lai vi bi mat", "1.014064")]
    public async Task WordsThatOnlyOneOptionHoldsPickItWhenTypedInsteadOfTapped(string reply, string code)
    {
        await _harness.Flow()
            .Send("thẻ căn cước bị hỏng thì làm thế nào")
            .AssertReply(menu => Assert.True(menu.Actions().Any(a => (string)a.Value == code), string.Join(" / ", menu.Actions().Select(a => a.Value + " " + a.Title))))
            .Send(reply)
            .AssertReply(answer =>
            {
                Assert.True(answer.Kind() == "answer", answer.Text());
                Assert.Equal(code, answer.Code());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ACitizenWhoRejectsTheMenuAndNamesAnotherProcedureIsAnsweredAboutIt()
    {
        await _harness.Flow()
            .Send("thẻ căn cước bị hỏng thì làm thế nào")
            .AssertReply(menu => Assert.Equal("clarification", menu.Kind()))
            .Send("không phải, tôi muốn đăng ký thường trú cho con")
            .AssertReply(answer =>
            {
                // "phải, tôi" is not "phải tới" (must go to): the rest of the message is the new topic, not an aside.
                Assert.Equal("answer", answer.Kind());
                Assert.Equal("1.004222", answer.Code());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AReplyToAMenuThatPicksNothingAndAsksNothingShowsTheMenuAgainInsteadOfGuessing()
    {
        IList<CardAction> options = [];
        await _harness.Flow()
            .Send("thẻ căn cước bị hỏng thì làm thế nào")
            .AssertReply(menu => options = menu.Actions())
            .Send("asdkjh")
            .AssertReply(again =>
            {
                Assert.Equal("clarification", again.Kind());
                Assert.StartsWith("Tôi chưa rõ bạn chọn trường hợp nào.", again.Text());
                Assert.Equal(options.Select(o => o.Value), again.Actions().Select(a => a.Value));
            })
            .Send("2")
            .AssertReply(answer => Assert.Equal((string)options[1].Value, answer.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task GoingBackToAnEarlierTopicAnswersTheProcedureDiscussedThenInsteadOfAskingWhichOne()
    {
        await _harness.Flow()
            .Send("cấp đổi thẻ căn cước mất bao lâu")
            .AssertReply(answer => Assert.Equal("1.014063", answer.Code()))
            .Send("đăng ký kết hôn cần giấy tờ gì")
            .AssertReply(answer => Assert.Equal("1.000894", answer.Code()))
            .Send("quay lại chuyện thẻ căn cước, lệ phí bao nhiêu")
            .AssertReply(answer =>
            {
                Assert.Equal("answer", answer.Kind());
                Assert.Equal("1.014063", answer.Code());
                Assert.Equal("Fee", answer.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AFollowUpAfterAMissStillMeansTheProcedureUnderDiscussion()
    {
        await _harness.Flow()
            .Send("đăng ký thường trú cần giấy tờ gì")
            .AssertReply(reply => Assert.Equal("1.004222", reply.Code()))
            .Send("thủ tục cấp phép nuôi chim cảnh")
            .AssertReply(reply => Assert.Equal("noMatch", reply.Kind()))
            .Send("còn lệ phí thì sao?")
            .AssertReply(reply =>
            {
                Assert.Equal("1.004222", reply.Code());
                Assert.Equal("Fee", reply.AspectName());
            })
            .Send("cảm ơn nhé")
            .AssertReply(reply => Assert.Equal("smallTalk", reply.Kind()))
            .Send("bao lâu thì xong")
            .AssertReply(reply =>
            {
                Assert.Equal("1.004222", reply.Code());
                Assert.Equal("Time", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AWordOfAnotherProcedureDoesNotSwitchTopicButNamingAnotherProcedureDoes()
    {
        await _harness.Flow()
            .Send("đăng ký khai sinh có yếu tố nước ngoài cần giấy tờ gì")
            .AssertReply(reply => Assert.Equal("2.000528", reply.Code()))
            .Send("giấy khai sinh thì bao lâu có?")
            .AssertReply(reply =>
            {
                Assert.Equal("2.000528", reply.Code());
                Assert.Equal("Time", reply.AspectName());
            })
            .Send("còn đăng ký kết hôn thì hết bao nhiêu tiền?")
            .AssertReply(reply =>
            {
                Assert.Equal("1.000894", reply.Code());
                Assert.Equal("Fee", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AProcedureNamedOnlyToCompareWithDoesNotSwitchTopic()
    {
        using var repository = new BotHarness(search: BotFixtures.RepositorySearch);
        await repository.Flow()
            .Send("lam ho chieu lan dau o Ha Noi thi nop o dau a")
            .AssertReply(reply => Assert.StartsWith("Cấp hộ chiếu phổ thông", reply.Text().TrimStart('*'), StringComparison.Ordinal))
            .Send("neu nop qua dich vu cong thi le phi co duoc giam 50% nhu lam can cuoc khong")
            .AssertReply(reply =>
            {
                Assert.StartsWith("Cấp hộ chiếu phổ thông", reply.Text().TrimStart('*'), StringComparison.Ordinal);
                // The catalogue's online rate applied only until the end of 2023: said as such, not as today's fee.
                Assert.Contains("trực tuyến, dịch vụ bưu chính: danh mục ghi 160.000 đồng/hộ chiếu", reply.Text());
                Assert.Contains("chỉ áp dụng đến hết 31/12/2023", reply.Text());
            })
            .Send("còn cấp lại thẻ căn cước thì lệ phí bao nhiêu")
            .AssertReply(reply => Assert.StartsWith("Cấp lại thẻ căn cước", reply.Text().TrimStart('*'), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task AProcedureNamedByItsTwoWordsAloneIsAnswered()
    {
        // "khai sinh" scores low (its words are everywhere in the catalogue) but names "Đăng ký khai sinh" outright.
        await _harness.Flow()
            .Send("khai sinh")
            .AssertReply(reply => Assert.Equal("1.001193", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task AnotherPaperNamedAfterAMenuStartsANewTopic()
    {
        using var repository = new BotHarness(search: BotFixtures.RepositorySearch);
        await repository.Flow()
            .Send("làm căn cước cần giấy tờ gì")
            .AssertReply(reply => Assert.Equal("clarification", reply.Kind()))
            .Send("còn hộ chiếu thì sao")
            .AssertReply(reply => Assert.All(reply.Actions().Where(a => a.Value is string code && code.Contains('.', StringComparison.Ordinal)), a => Assert.Contains("hộ chiếu", a.Title, StringComparison.Ordinal)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("thôi cảm ơn")]
    [InlineData("thoi cam on nhe")]
    [InlineData("thôi được rồi")]
    public async Task EnoughThanksClosesPolitelyInsteadOfRepeatingTheAnswer(string message)
    {
        await _harness.Flow()
            .Send("lệ phí đăng ký thường trú")
            .AssertReply(reply => Assert.Equal("1.004222", reply.Code()))
            .Send(message)
            .AssertReply(reply => Assert.Equal("smallTalk", reply.Kind()))
            .StartTestAsync();
    }

    [Fact]
    public async Task AWordPairAcrossTwoWordsDoesNotSwitchTopic()
    {
        // "thông báo mất" holds "báo mất", a pair of "Trình báo mất hộ chiếu phổ thông"; the citizen names no passport.
        using var repository = new BotHarness(search: BotFixtures.RepositorySearch);
        await repository.Flow()
            .Send("so hong nha toi bi mat trom, lam lai thi can giay gi")
            .AssertReply(reply => Assert.Equal("1.012786", reply.Code()))
            .Send("nghe noi phai dang bao thong bao mat a")
            .AssertReply(reply => Assert.Equal("1.012786", reply.Code()))
            .Send("còn hộ chiếu bị mất thì trình báo ở đâu")
            .AssertReply(reply => Assert.StartsWith("Trình báo mất hộ chiếu", reply.Text().TrimStart('*'), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task AskingForANewPassportAfterReportingTheLossMovesOnAndGivesTheFeeForALostOne()
    {
        using var repository = new BotHarness(search: BotFixtures.RepositorySearch);
        await repository.Flow()
            .Send("Mất hộ chiếu phổ thông thì phải trình báo ở đâu?")
            .AssertReply(reply => Assert.StartsWith("Trình báo mất hộ chiếu", reply.Text().TrimStart('*'), StringComparison.Ordinal))
            .Send("bao xong roi lam ho chieu moi thi phi bao nhieu")
            .AssertReply(reply =>
            {
                Assert.StartsWith("Cấp hộ chiếu phổ thông", reply.Text().TrimStart('*'), StringComparison.Ordinal);
                Assert.Contains("trường hợp cấp lại do bị hỏng hoặc bị mất: 400.000 đồng/hộ chiếu", FirstLine(reply));
                Assert.Contains("trường hợp cấp lại do bị hư hỏng hoặc bị mất: 320.000 đồng/hộ chiếu), chỉ áp dụng đến hết 31/12/2023", FirstLine(reply));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ChannelsCarryingDifferentChargesNameEachBesideItsAmount()
    {
        using var repository = new BotHarness(search: BotFixtures.RepositorySearch);
        await repository.Flow()
            .Send("le phi dang ky thanh lap cong ty tnhh mot thanh vien")
            .AssertReply(reply => Assert.Contains(
                "**100.000 đồng**/lần (phí công bố nội dung đăng ký doanh nghiệp); trực tiếp **50.000 đồng** (lệ phí đăng ký doanh nghiệp)", FirstLine(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task AnOfficeNamedAsThePlaceToGoDoesNotOfferThatOfficesOwnProcedures()
    {
        // "văn phòng công chứng" is where a copy can be certified, not "Thành lập Văn phòng công chứng".
        using var repository = new BotHarness(search: BotFixtures.RepositorySearch);
        await repository.Flow()
            .Send("Mình cần chứng thực bản sao sổ đỏ 4 trang, hết bao nhiêu tiền?")
            .AssertReply(reply => Assert.Equal("2.000815", reply.Code()))
            .Send("lam o phuong duoc khong hay phai ra van phong cong chung")
            .AssertReply(reply =>
            {
                Assert.Equal("answer", reply.Kind());
                Assert.Equal("2.000815", reply.Code());
                Assert.Contains("Ủy ban nhân dân cấp xã hoặc tổ chức hành nghề công chứng", reply.Text());
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("Cảm ơn cháu nhiều nhé")]
    [InlineData("ok cam on")]
    [InlineData("ok")]
    [InlineData("5 sao, hay lam")]
    [InlineData("Hữu ích")]
    [InlineData("Chưa hữu ích")]
    public async Task ThanksAndRatingsAfterAnAnswerLeaveTheNextQuestionsToTap(string message)
    {
        await _harness.Flow()
            .Send("lệ phí đăng ký thường trú")
            .AssertReply(reply => Assert.Equal("1.004222", reply.Code()))
            .Send(message)
            .AssertReply(reply =>
            {
                Assert.True(reply.Kind() is "smallTalk" or "feedback", reply.Kind());
                var titles = reply.Actions().Select(a => a.Title).ToList();
                Assert.Contains("Mất bao lâu?", titles);
                Assert.Contains("Hỏi thủ tục khác", titles);
            })
            .StartTestAsync();
    }

    private static string FirstLine(IActivity reply) => reply.Text().Split('\n')[0];
}
