using Bot.Rendering;
using Bot.Tests.Bot.Support;

namespace Bot.Tests.Bot.Conversation;

/// <summary>Follow-ups the role-play found, on the real index over the repository's content (the fixture lacks the records they confuse).</summary>
public sealed class CatalogueFollowUpTests : IDisposable
{
    private readonly BotHarness _harness = new(search: BotFixtures.RepositorySearch);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task AForeignSpouseDescribedWithIfIsTheMarriageWithAForeignElementNotAnUnrelatedRecordNamingForeigners()
    {
        await _harness.Flow()
            .Send("đăng ký kết hôn cần giấy tờ gì")
            .AssertReply(reply => Assert.Equal("1.000894", reply.Code()))
            .Send("còn lệ phí thì sao")
            .AssertReply(reply => Assert.Equal("1.000894", reply.Code()))
            .Send("nếu một trong hai người là người nước ngoài thì sao")
            .AssertReply(reply =>
            {
                Assert.Equal("2.000806", reply.Code());
                Assert.Equal("Fee", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TheLicenceFeeAskedAsCapBangStaysOnTheDrivingLicenceNotThePlantVarietyCertificate()
    {
        // "Cấp Bằng bảo hộ giống cây trồng" starts with the same two words, but "bằng" is the licence the citizen said.
        await _harness.Flow()
            .Send("em muốn thi bằng lái xe máy A1 lần đầu, cấp giấy phép lái xe sau khi thi đỗ mất bao lâu")
            .AssertReply(reply => Assert.Equal("3.000346", reply.Code()))
            .Send("lệ phí cấp bằng bn")
            .AssertReply(reply =>
            {
                Assert.Equal("3.000346", reply.Code());
                Assert.Equal("Fee", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AForeignFatherDescribedWithIfIsTheBirthRegistrationWithAForeignElement()
    {
        await _harness.Flow()
            .Send("khai sinh cho con can giay to gi")
            .AssertReply(reply => Assert.Equal("1.001193", reply.Code()))
            .Send("neu bo la nguoi nuoc ngoai thi sao")
            .AssertReply(reply => Assert.Equal("2.000528", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task AForeignGuardianDescribedWithIfIsTheGuardianshipWithAForeignElement()
    {
        await _harness.Flow()
            .Send("cho hỏi đăng ký giám hộ cho cháu cần giấy tờ gì")
            .AssertReply(reply => Assert.Equal("1.004837", reply.Code()))
            .Send("còn thời gian thì sao?")
            .AssertReply(reply => Assert.Equal("1.004837", reply.Code()))
            .Send("nếu người giám hộ là người nước ngoài thì sao")
            .AssertReply(reply =>
            {
                Assert.Equal("1.001669", reply.Code());
                Assert.Equal("Time", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ACertificateOfNationalityWantedAfterARegainedNationalityIsANewTopicThoughItsWordsAreAllShared()
    {
        await _harness.Flow()
            .Send("Ông tôi trước đây là người Việt, sau nhập quốc tịch Pháp, giờ muốn trở lại quốc tịch Việt Nam thì nộp hồ sơ ở đâu")
            .AssertReply(reply => Assert.Equal("2.002038", reply.Code()))
            .Send("lệ phí bn")
            .AssertReply(reply => Assert.Equal("2.002038", reply.Code()))
            .Send("thế còn bà tôi vẫn giữ quốc tịch VN nhưng thất lạc hết giấy tờ, muốn xin giấy xác nhận có quốc tịch Việt Nam thì sao")
            .AssertReply(reply => Assert.Equal("1.005136", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task ConvertingAPrivateEnterpriseAfterAReissuedCertificateIsANewTopic()
    {
        await _harness.Flow()
            .Send("cty bị mất bản gốc giấy chứng nhận đăng ký doanh nghiệp, xin cấp lại thế nào")
            .AssertReply(reply => Assert.Equal("2.002018", reply.Code()))
            .Send("thế nếu muốn chuyển từ doanh nghiệp tư nhân sang công ty TNHH thì sao")
            .AssertReply(reply => Assert.Equal("2.002032", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task WhatTheCitizenNowWantsStartsANewTopicThoughTheStoryNamesTheSameLand()
    {
        await _harness.Flow()
            .Send("muốn chuyển đất trồng cây lâu năm sang trồng cây hằng năm thì có phải xin phép không")
            .AssertReply(reply => Assert.Equal("1.013992", reply.Code()))
            .Send("thế còn mảnh đất ông bà để lại chưa có sổ đỏ, muốn làm sổ lần đầu thì sao")
            .AssertReply(reply => Assert.Equal("1.013978", reply.Code()))
            .Send("mất bao lâu")
            .AssertReply(reply => Assert.Equal("1.013978", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task AChargeTheFeeNoteNamesIsAskedAboutTheCurrentProcedureNotTheProceduresCalledByIt()
    {
        await _harness.Flow()
            .Send("tôi định mở trang trại nuôi lợn quy mô lớn ở Sóc Sơn, cần giấy chứng nhận đủ điều kiện chăn nuôi thì xin ở đâu")
            .AssertReply(reply => Assert.Equal("1.008128", reply.Code()))
            .Send("phí thẩm định thế nào")
            .AssertReply(reply =>
            {
                Assert.Equal("1.008128", reply.Code());
                Assert.Contains("2.300.000 đồng", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AnAppraisalFeeAskedAfterAFreeProcedureStaysOnItAndSaysItIsFree()
    {
        await _harness.Flow()
            .Send("cty tôi muốn mở trung tâm đăng kiểm xe cơ giới ở Thường Tín, xin giấy chứng nhận đủ điều kiện hoạt động kiểm định xe ở đâu")
            .AssertReply(reply => Assert.Equal("1.001322", reply.Code()))
            .Send("lệ phí thẩm định bao nhiêu")
            .AssertReply(reply =>
            {
                Assert.Equal("1.001322", reply.Code());
                Assert.Contains("miễn phí", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task RecordsThatStateTheSameTimeAreAnsweredOnceNotAskedAbout()
    {
        // An adult's card, a child's card and a re-issue all take 7 working days: a menu would change nothing asked.
        await _harness.Flow()
            .Send("làm căn cước mất bao lâu")
            .AssertReply(reply =>
            {
                Assert.Equal("answer", reply.Kind());
                Assert.Equal("Time", reply.AspectName());
                Assert.Contains("**7 ngày làm việc**", reply.Text(), StringComparison.Ordinal);
                Assert.Contains("cũng đúng với thủ tục «", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task GoingBackToAMarriageWithAKoreanHusbandIsTheMarriageWithAForeignElement()
    {
        await _harness.Flow()
            .Send("đăng ký kết hôn cần gì")
            .AssertReply(reply => Assert.Equal("1.000894", reply.Code()))
            .Send("khai sinh cho con mất bao lâu")
            .AssertReply(reply => Assert.Equal("1.001193", reply.Code()))
            .Send("quay lại chuyện đăng ký kết hôn, nếu chồng là người Hàn Quốc thì sao")
            .AssertReply(reply => Assert.Equal("2.000806", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task ALossAfterAFirstLandCertificateIsItsReissue()
    {
        await _harness.Flow()
            .Send("lam so do lan dau can giay to gi")
            .AssertReply(reply => Assert.Equal("1.013978", reply.Code()))
            .Send("nếu bị mất thì sao")
            .AssertReply(reply => Assert.Equal("1.012786", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task ACaseTheCatalogueHasNoAnswerForStaysOnTheProcedureInsteadOfADeadEnd()
    {
        // "đăng ký" inside a described case is no request for another procedure.
        await _harness.Flow()
            .Send("dang ky ket hon voi nguoi Nhat thi nop o dau")
            .AssertReply(reply => Assert.Equal("2.000806", reply.Code()))
            .Send("nếu đã đăng ký ở bên Nhật rồi thì sao")
            .AssertReply(reply =>
            {
                Assert.Equal("answer", reply.Kind());
                Assert.Equal("2.000806", reply.Code());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ACaseDescribedAfterAFactAsksTheSameFactForThatCase()
    {
        await _harness.Flow()
            .Send("làm hộ chiếu cần giấy tờ gì")
            .AssertReply(reply => Assert.Equal("Documents", reply.AspectName()))
            .Send("nếu làm cho con 5 tuổi thì sao")
            .AssertReply(reply =>
            {
                Assert.Equal("1.001456", reply.Code());
                Assert.Equal("Documents", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AKindOfProcedureSaidInAnotherConversationIsANewQuestion()
    {
        await _harness.Flow()
            .Send("làm căn cước mất bao lâu")
            .AssertReply(reply => Assert.Equal("answer", reply.Kind()))
            .Send("chứng thực")
            .AssertReply(reply =>
            {
                Assert.Equal("clarification", reply.Kind());
                Assert.Contains("Chứng thực bản sao từ bản chính", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ThenWhatAboutTheDeathRegistrationAsksTheSameFactAboutIt()
    {
        await _harness.Flow()
            .Send("khai sinh cho con mất mấy ngày")
            .AssertReply(reply => Assert.Equal("1.001193", reply.Code()))
            .Send("còn khai tử thì sao")
            .AssertReply(reply =>
            {
                Assert.Equal("1.000656", reply.Code());
                Assert.Equal("Time", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task HowLongWithoutAccentsAfterAHealthInsuranceCardIsItsTime()
    {
        await _harness.Flow()
            .Send("lam the bhyt cho con moi sinh can gi")
            .AssertReply(reply => Assert.Equal("1.001939", reply.Code()))
            .Send("mat bao lau")
            .AssertReply(reply =>
            {
                Assert.Equal("1.001939", reply.Code());
                Assert.Equal("Time", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task GoingBackToTheLandTitleAnswersTheLandProcedureDiscussedNotAnotherLandRecord()
    {
        await _harness.Flow()
            .Send("sang tên sổ đỏ khi bố mẹ cho đất thì mất bao lâu")
            .AssertReply(reply => Assert.Equal("1.013831", reply.Code()))
            .Send("đổi bằng lái xe hết bao nhiêu tiền")
            .AssertReply(reply => Assert.Equal("3.000347", reply.Code()))
            .Send("quay lại chuyện sổ đỏ, cần giấy tờ gì")
            .AssertReply(reply =>
            {
                Assert.Equal("1.013831", reply.Code());
                Assert.Equal("Documents", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ALongQuestionSharingNothingWithAnOpenMenuIsANewQuestionNotAFactOfTheMenusFirstOption()
    {
        await _harness.Flow()
            .Send("chứng thực")
            .AssertReply(reply => Assert.Equal(ReplyKinds.Clarification, reply.Kind()))
            .Send("toa da xu nguoi ta phai tra no cho toi ma ho khong chiu tra, toi nop don yeu cau thi hanh an o dau")
            .AssertReply(reply => Assert.Contains("thi hành án", reply.Text(), StringComparison.OrdinalIgnoreCase))
            .StartTestAsync();
    }

    [Fact]
    public async Task AShortFollowUpNamingAnotherServiceStillAsksAboutTheCardUnderDiscussion()
    {
        await _harness.Flow()
            .Send("Con gái tôi vừa tròn 14 tuổi, đi làm căn cước lần đầu ở đâu, bao lâu thì có thẻ?")
            .AssertReply(_ => { })
            .Send("co dat lich hen truoc tren vneid duoc khong")
            .AssertReply(reply => Assert.Contains("căn cước", reply.Text(), StringComparison.OrdinalIgnoreCase))
            .StartTestAsync();
    }

    [Fact]
    public async Task KeyboardMashingInAConversationGetsAShortLineWithTheProcedureKeptNotItsOverviewAgain()
    {
        await _harness.Flow()
            .Send("lam cccd mat bao lau")
            .AssertReply(reply => Assert.Equal("1.014061", reply.Code()))
            .Send("asdkjh qwe zxc")
            .AssertReply(reply =>
            {
                Assert.Equal(ReplyKinds.Help, reply.Kind());
                Assert.Contains("chưa hiểu", reply.Text(), StringComparison.Ordinal);
                Assert.True(reply.Text().Length < 300);
                Assert.Contains(reply.Actions(), a => a.Title == "Lệ phí bao nhiêu?");
            })
            .Send("lệ phí bao nhiêu")
            .AssertReply(reply => Assert.Equal("1.014061", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task ALostCardNamedByItsAbbreviationAfterADrivingLicenceIsThatCardNotTheLicencesReissue()
    {
        await _harness.Flow()
            .Send("thi bang lai o to het bao nhieu tien")
            .AssertReply(reply => Assert.Equal("3.000346", reply.Code()))
            .Send("the bhyt bi mat")
            .AssertReply(reply => Assert.Equal("1.002759", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task ACaseNoSiblingRecordCoversSaysTheFactsAreTheProceduresOwn()
    {
        await _harness.Flow()
            .Send("chứng thực chữ ký trên giấy ủy quyền")
            .AssertReply(reply => Assert.Equal("2.000884", reply.Code()))
            .Send("lệ phí")
            .AssertReply(_ => { })
            .Send("nếu người nước ngoài ký thì sao")
            .AssertReply(reply =>
            {
                Assert.Equal("2.000884", reply.Code());
                Assert.Contains("chưa tìm thấy thủ tục riêng cho trường hợp bạn nêu", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task PickingAnOptionByNumberWithNoListOpenIsToldThereIsNoListNotGivenTheOverviewAgain()
    {
        await _harness.Flow()
            .Send("chứng thực chữ ký trên giấy ủy quyền")
            .AssertReply(reply => Assert.Equal("2.000884", reply.Code()))
            .Send("cái thứ 2")
            .AssertReply(reply =>
            {
                Assert.Equal(ReplyKinds.Help, reply.Kind());
                Assert.Contains("không có danh sách", reply.Text(), StringComparison.Ordinal);
                Assert.NotEmpty(reply.Actions());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ALevelSaidAloneAfterAnOverviewOfAOneLevelProcedureAnswersWhereToGo()
    {
        await _harness.Flow()
            .Send("cho hỏi thủ tục xin cấp giấy phép xây dựng nhà ở riêng lẻ")
            .AssertReply(reply => Assert.Equal("1.013225", reply.Code()))
            .Send("cấp xã")
            .AssertReply(reply =>
            {
                Assert.Equal("1.013225", reply.Code());
                Assert.Equal("Where", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ACarLicenceExamFeeIsTheCarsAmountsNotTheMotorbikesTheCellStates()
    {
        await _harness.Flow()
            .Send("thi bang lai o to hang B het bao nhieu tien")
            .AssertReply(reply =>
            {
                Assert.Equal("3.000346", reply.Code());
                Assert.Contains("100.000 đồng", reply.Text(), StringComparison.Ordinal);
                Assert.DoesNotContain("60.000 đồng", reply.Text(), StringComparison.Ordinal);
            })
            .Send("con xe may hang A1 thi sao")
            .AssertReply(reply => Assert.Contains("60.000 đồng", reply.Text(), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task WhereToFileMaternityPapersIsMaternityNotTheTaxFilingExtensionAndItsPapersFollow()
    {
        // "nộp hồ sơ" is in the name "Gia hạn nộp hồ sơ khai thuế"; before "ở đâu" it only asks where to file.
        await _harness.Flow()
            .Send("thai san nop ho so o dau")
            .AssertReply(reply => Assert.Equal("2.000693", reply.Code()))
            .Send("còn giấy tờ?")
            .AssertReply(reply =>
            {
                Assert.Equal("2.000693", reply.Code());
                Assert.Equal("Documents", reply.AspectName());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AFeeFreeOnlyOnlineIsNotToldAsFreeEverywhere()
    {
        // Online filing is free; the other channels' cells were garbled by the crawl ("25 VNĐ").
        await _harness.Flow()
            .Send("cong ty muon mo them chi nhanh o tinh khac thi le phi bao nhieu")
            .AssertReply(reply =>
            {
                Assert.Equal("2.002069", reply.Code());
                Assert.Contains("trực tuyến: không mất lệ phí", reply.Text(), StringComparison.Ordinal);
                Assert.Contains("không rõ", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("dang ky thuong tru cho bo toi o nha toi can gi", "neu ong chi o tam 1 nam thoi thi sao", "1.004194")]
    [InlineData("bo toi moi mat, lam giay khai tu o dau", "nếu người mất ở nước ngoài thì sao", "2.000547")]
    public async Task ACaseNamedInEverydayWordsIsTheSiblingRecordForIt(string first, string followUp, string sibling)
    {
        await _harness.Flow()
            .Send(first)
            .AssertReply(_ => { })
            .Send(followUp)
            .AssertReply(reply => Assert.Equal(sibling, reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task AQuestionNoFactAnswersIsAnsweredWithTheRecordsOwnSentenceAndItsSource()
    {
        await _harness.Flow()
            .Send("xin phieu ly lich tu phap so 2 o dau")
            .AssertReply(reply => Assert.Equal("3.000333", reply.Code()))
            .Send("co the uy quyen cho nguoi khac lam khong")
            .AssertReply(reply =>
            {
                Assert.Equal("3.000333", reply.Code());
                Assert.Contains("không được ủy quyền", reply.Text(), StringComparison.Ordinal);
                Assert.Contains("Nguồn", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AFirstYesOrNoQuestionIsAnsweredWithTheRecordsSentenceNotTheOverview()
    {
        await _harness.Flow()
            .Send("lam ly lich tu phap so 2 co uy quyen cho nguoi khac duoc khong")
            .AssertReply(reply =>
            {
                Assert.Equal("3.000333", reply.Code());
                Assert.Contains("không được ủy quyền", reply.Text(), StringComparison.Ordinal);
                Assert.DoesNotContain("Thời hạn giải quyết", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ALongYesOrNoQuestionWhoseWordsNoSentenceHoldsGetsTheOverview()
    {
        // One pair of its words in a step ("chủ hàng") is chance, not the answer to the question.
        await _harness.Flow()
            .Send("Tôi quê quán ở Nam Định, hiện tại đang tạm trú tại Bình Dương. Vợ tôi mới sinh con. Vậy cho tôi hỏi: tôi có thể làm giấy khai sinh cho con tôi ở Bình Dương được không?")
            .AssertReply(reply =>
            {
                Assert.Equal("1.001193", reply.Code());
                Assert.DoesNotContain("về ý bạn hỏi", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ReturningToAnEarlierTopicGoesToTheProcedureItNamesNotTheLastOneSharingAWord()
    {
        await _harness.Flow()
            .Send("xin gia han nop thue")
            .AssertReply(reply => Assert.Equal("1.008590", reply.Code()))
            .Send("cham dut hieu luc ma so thue mat may ngay")
            .AssertReply(reply => Assert.Equal("1.007607", reply.Code()))
            .Send("quay lại chuyện gia hạn nộp thuế, nộp online được không")
            .AssertReply(reply =>
            {
                Assert.Equal("1.008590", reply.Code());
                Assert.DoesNotContain("không nêu hạn", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ANeighboursLandDisputeIsAProcedureNotARestaurant()
    {
        // Folded, "nhà hàng xóm" holds "nhà hàng".
        await _harness.Flow()
            .Send("nha toi voi nha hang xom cai nhau ve ranh gioi dat mai khong xong, muon nho xa giai quyet thi mat bao lau")
            .AssertReply(reply =>
            {
                Assert.Equal(ReplyKinds.Answer, reply.Kind());
                Assert.Contains("tranh chấp đất đai", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task OptionsWithOneNameInTwoFieldsNameTheirFields()
    {
        await _harness.Flow()
            .Send("đăng ký thay đổi thông tin sử dụng chứng từ điện tử ủy nhiệm lập biên lai")
            .AssertReply(reply =>
            {
                Assert.Equal(ReplyKinds.Clarification, reply.Kind());
                Assert.Contains("lĩnh vực Thuế", reply.Text(), StringComparison.Ordinal);
                Assert.Contains("lĩnh vực Hải quan", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ATimeAskedOfAProcedureWithOnlyTheApplicantsDeadlineGetsThatDeadline()
    {
        // A business location notice has no processing time; its first step gives the household business 10 days.
        await _harness.Flow()
            .Send("ho kinh doanh cua toi mo them 1 diem ban hang o phuong khac thi phai bao cho co quan thue trong vong bao nhieu ngay")
            .AssertReply(reply =>
            {
                Assert.Equal("1.009824", reply.Code());
                Assert.Contains("10 ngày làm việc kể từ ngày địa điểm kinh doanh đi vào hoạt động", reply.Text().Split('\n')[0], StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ACaseMeaningTheProceduresOwnActionIsNoSibling()
    {
        // "mở lại sớm" means "tiếp tục kinh doanh trước thời hạn", which the household business's pause itself covers.
        await _harness.Flow()
            .Send("ho kinh doanh nha toi muon tam nghi ban 3 thang")
            .AssertReply(reply => Assert.Equal("1.001570", reply.Code()))
            .Send("sau 1 thang muon mo lai som thi sao")
            .AssertReply(reply => Assert.Equal("1.001570", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task AskingWhetherSomeoneMayGoInsteadIsAnsweredWithTheRecordsSentenceOnAuthorisation()
    {
        // "làm thay" is the catalogue's "ủy quyền".
        await _harness.Flow()
            .Send("đăng ký lại khai sinh cho mẹ tôi")
            .AssertReply(reply => Assert.Equal("1.004884", reply.Code()))
            .Send("mẹ tôi 80 tuổi đi lại khó, tôi đi làm thay được không")
            .AssertReply(reply =>
            {
                Assert.Equal("1.004884", reply.Code());
                Assert.Contains("ủy quyền", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AYesOrNoFollowUpWithAPairOfAnotherNameIsAnsweredForTheCaseUnderDiscussion()
    {
        // "cha mẹ" is a pair of a civil-status record's name; the certificate no. 2's own sentence answers it, and of
        // its two sentences on authorising parents, the one about no. 2.
        await _harness.Flow()
            .Send("xin phieu ly lich tu phap so 2 o dau")
            .AssertReply(reply => Assert.Equal("3.000333", reply.Code()))
            .Send("co uy quyen cho cha me lam duoc khong")
            .AssertReply(reply =>
            {
                Assert.Equal("3.000333", reply.Code());
                Assert.Contains("số 2 không được ủy quyền", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AListedOutOfScopeWordTheRecordItselfHoldsIsAFollowUpButOneItLacksIsStillDeclined()
    {
        await _harness.Flow()
            .Send("nhà tôi có 5ha rừng keo ở Ba Vì, muốn chuyển sang trồng rừng gỗ lớn, nghe nói được hỗ trợ vay vốn, làm hồ sơ thế nào")
            .AssertReply(reply => Assert.Equal("1.012531", reply.Code()))
            .Send("lãi suất được hỗ trợ bao nhiêu")
            .AssertReply(reply =>
            {
                Assert.Equal("1.012531", reply.Code());
                Assert.NotEqual("outOfScope", reply.Kind());
            })
            .Send("giá vàng hôm nay bao nhiêu")
            .AssertReply(reply => Assert.Equal("outOfScope", reply.Kind()))
            .StartTestAsync();
    }

    [Fact]
    public async Task AFactAskedWithTheWordsOfAnOpinionIsStillAnswered()
    {
        await _harness.Flow()
            .Send("theo bạn thì làm sổ đỏ lần đầu mất bao lâu")
            .AssertReply(reply => Assert.Equal("Time", reply.AspectName()))
            .StartTestAsync();
    }

    [Fact]
    public async Task AskingWhetherTheWardPoliceDoItIsAnsweredWithWhereToFileNotTheWholeRecord()
    {
        await _harness.Flow()
            .Send("bố tôi mất, để lại chiếc xe máy đứng tên bố, giờ tôi sang tên sang mình thì cần giấy tờ gì")
            .AssertReply(reply => Assert.Equal("1.013076", reply.Code()))
            .Send("làm ở công an phường được không")
            .AssertReply(reply =>
            {
                Assert.Equal("1.013076", reply.Code());
                Assert.Equal("Where", reply.AspectName());
                Assert.Contains("Công an cấp xã", reply.Text(), StringComparison.Ordinal);
                Assert.True(reply.Text().Length <= 700, reply.Text());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task LivingInAnotherProvinceAsksWhereToGoNotTheLastFactAgain()
    {
        await _harness.Flow()
            .Send("lam lai can cuoc bi mat")
            .AssertReply(reply => Assert.Equal("1.014064", reply.Code()))
            .Send("le phi bao nhieu")
            .AssertReply(reply => Assert.Contains("35.000 đồng", reply.Text(), StringComparison.Ordinal))
            .Send("neu toi o tinh khac thi sao")
            .AssertReply(reply =>
            {
                Assert.Equal("1.014064", reply.Code());
                Assert.Contains("không phụ thuộc vào nơi cư trú", reply.Text(), StringComparison.Ordinal);
                Assert.DoesNotContain("35.000", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TheLevelAProcedureIsAlreadyAtAfterAnOverviewSaysWhereToGoNotTheOverviewAgain()
    {
        await _harness.Flow()
            .Send("làm hộ chiếu")
            .AssertReply(reply => Assert.Equal("1.001456", reply.Code()))
            .Send("cấp tỉnh")
            .AssertReply(reply =>
            {
                Assert.Equal("1.001456", reply.Code());
                Assert.Contains("nộp hồ sơ tại", reply.Text(), StringComparison.Ordinal);
                Assert.DoesNotContain("Giấy tờ chính", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AnOverviewPastOnePhoneScreenLeavesWhatElseCanBeAskedToTheButtons()
    {
        await _harness.Flow()
            .Send("xin phieu ly lich tu phap")
            .AssertReply(reply =>
            {
                Assert.DoesNotContain("Bạn có thể hỏi thêm", reply.Text(), StringComparison.Ordinal);
                Assert.True(reply.Text().Length <= 700, reply.Text().Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.NotEmpty(reply.Actions());
            })
            .Send("đăng ký kết hôn")
            .AssertReply(reply => Assert.Contains("Bạn có thể hỏi thêm", reply.Text(), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task ACaseSayingWhatTellsTheSiblingApartNamesItEvenWhenAnAliasOfTheCurrentOneHoldsTheWord()
    {
        // "Nhập quốc tịch Việt Nam ở trong nước" has the alias "người nước ngoài xin nhập quốc tịch"; "ở nước ngoài" is
        // still what its sibling's name adds.
        await _harness.Flow()
            .Send("chồng tôi người Pháp, muốn nhập quốc tịch Việt Nam thì làm thế nào")
            .AssertReply(reply => Assert.Equal("2.002039", reply.Code()))
            .Send("nếu anh ấy đang ở nước ngoài thì sao")
            .AssertReply(reply => Assert.Equal("2.002797", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task FreeLegalAidAskedForADisabledMotherIsTheRequestNotItsWithdrawal()
    {
        // "người được trợ giúp pháp lý" made "Rút yêu cầu trợ giúp pháp lý của người được trợ giúp pháp lý" rank first.
        await _harness.Flow()
            .Send("me toi la nguoi khuyet tat, ho can ngheo, co duoc tro giup phap ly mien phi k, nop o dau")
            .AssertReply(reply => Assert.Equal("2.000829", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task ANewPlateIsIssuedAtOnceAndOnlyAuctionedOrChangedPlatesTakeSevenDays()
    {
        // The record's rows are one channel with three times, each for the case its note names: the first alone said 7 days.
        await _harness.Flow()
            .Send("dang ky bien so xe may moi mat bao lau")
            .AssertReply(reply =>
            {
                Assert.Equal("1.013067", reply.Code());
                Assert.Contains("**1 giờ** (cấp mới biển số xe)", reply.Text(), StringComparison.Ordinal);
                Assert.Contains("**7 ngày làm việc** (cấp mới biển số xe trúng đấu giá", reply.Text(), StringComparison.Ordinal);
                // The third row's note opens with "Cách thức thực hiện", and its list of times names the case.
                Assert.Contains("**2 ngày làm việc** (cấp chứng nhận đăng ký xe)", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task StepsTheCrawlCutAtTheDocumentsReferenceAreToldWholeWithThePlace()
    {
        // The crawl cut 1.002759's steps at "Lập hồ sơ theo quy định tại mục"; the import joins them again.
        await _harness.Flow()
            .Send("mat the bhyt thi lam lai the nao")
            .AssertReply(reply =>
            {
                Assert.Equal("1.002759", reply.Code());
                Assert.DoesNotMatch(@"tại mục\s*\n", reply.Text());
                Assert.Contains("Nộp hồ sơ", reply.Text(), StringComparison.Ordinal);
                Assert.Contains("Bảo hiểm xã hội", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task WhoMayClaimMaternityBenefitIsNotThePortalsListOfEveryApplicantType()
    {
        await _harness.Flow()
            .Send("che do thai san ai duoc huong, dieu kien the nao")
            .AssertReply(reply =>
            {
                Assert.Equal("2.000693", reply.Code());
                Assert.DoesNotContain("Đảng viên", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TheSurvivorBenefitNamedAfterADeathIsThatBenefitNotTheOneTimeSocialInsurancePayout()
    {
        // "bhxh" spelled out is every social insurance record's field; "tử tuất" is the one pair that tells them apart.
        await _harness.Flow()
            .Send("ong noi moi mat, lam giay bao tu o dau")
            .AssertReply(reply => Assert.Equal("1.000656", reply.Code()))
            .Send("con lam huong tu tuat bhxh cho ba toi thi sao")
            .AssertReply(reply => Assert.Equal("2.000821", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task ALandlordAskingByWhatHourToReportAGuestGetsTheHourTheRecordStates()
    {
        await _harness.Flow()
            .Send("nhà tôi có phòng cho sinh viên thuê trọ, khách đến ở thì phải báo lưu trú cho công an trước mấy giờ?")
            .AssertReply(reply =>
            {
                Assert.Equal("2.001159", reply.Code());
                Assert.Contains("trước 23 giờ của ngày bắt đầu lưu trú", reply.Text(), StringComparison.Ordinal);
                Assert.Contains("trước 08 giờ ngày hôm sau", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task APhotocopyToCertifyIsTheCertifiedCopyAndItsFeePerPage()
    {
        await _harness.Flow()
            .Send("photo chứng thực bằng đại học lệ phí bao nhiêu 1 trang")
            .AssertReply(reply =>
            {
                Assert.Equal("2.000815", reply.Code());
                Assert.Contains("**2.000 đồng**/trang", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task MenuOptionsWhoseLongNamesStartAlikeShowWhereTheyDiffer()
    {
        // The land animals' and the aquatic animals' transport certificates differ only in the middle of their names.
        await _harness.Flow()
            .Send("toi nuoi lon, muon cho mot xe lon sang tinh khac ban thi phai xin giay kiem dich o dau, can giay gi")
            .AssertReply(reply =>
            {
                var titles = reply.AsMessageActivity().SuggestedActions?.Actions.Select(a => a.Title).ToList() ?? [];
                Assert.Equal(titles.Count, titles.Distinct().Count());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ALongPapersListIsCutToFitAPhoneScreenAndSaysHowManyMoreTheSourceHolds()
    {
        // Place and six long papers made 814 characters; three papers and a count fit one screen.
        await _harness.Flow()
            .Send("Chào bạn, mình là người Việt, bạn trai mình người Hàn Quốc đang làm việc ở Hà Nội. Tụi mình muốn đăng ký kết hôn ở Hà Nội thì nộp hồ sơ ở đâu và cần những giấy gì?")
            .AssertReply(reply =>
            {
                Assert.Equal("2.000806", reply.Code());
                Assert.True(reply.Text().Length <= 700, reply.Text());
                Assert.Contains("… và 3 mục khác, xem đầy đủ tại trang nguồn.", reply.Text(), StringComparison.Ordinal);
                Assert.Contains("Giấy tờ chứng minh tình trạng hôn nhân", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ACopyOfTheDeathExtractAskedAfterReRegisteringADeathGetsTheCopysOwnFee()
    {
        // The re-registration's fee note names the copy's charge only by its circular; the copy's record states 8.000 đồng.
        await _harness.Flow()
            .Send("ông nội em mất năm 1995 có làm khai tử ở xã nhưng sổ hộ tịch bị thất lạc, giờ cần đăng ký lại khai tử để làm thừa kế thì cần gì")
            .AssertReply(reply => Assert.Equal("1.005461", reply.Code()))
            .Send("còn xin bản sao trích lục khai tử thì mất bao nhiêu tiền 1 bản")
            .AssertReply(reply =>
            {
                Assert.Equal("2.000635", reply.Code());
                Assert.Contains("8.000 đồng", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ARoadFeeRefundToldAsAnotherCarsStoryIsTheRefundNotACaseOfTheRegistrationDiscussed()
    {
        await _harness.Flow()
            .Send("đêm qua xe máy nhà em bị tháo trộm mất biển số, giờ xin cấp lại biển thì làm ở đâu")
            .AssertReply(reply => Assert.Equal("1.013082", reply.Code()))
            .Send("còn xe ô tô của bố em bị tai nạn hỏng hẳn, đã nộp phí đường bộ cả năm, muốn xin trả lại tiền phí thì làm thế nào")
            .AssertReply(reply => Assert.Equal("3.000251", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task AProcedureNamedWholeAfterAnotherIsAnsweredThoughTheStorysSynonymsPointAtTheFirst()
    {
        // "ở trên thuyền" is what the synonyms read as the boat confirmation; "đăng ký thường trú" is what is asked now.
        await _harness.Flow()
            .Send("Nhà tôi ở trên thuyền neo ven sông Hồng, cần xin xác nhận nơi đậu đỗ phương tiện để ở")
            .AssertReply(reply => Assert.Equal("1.013313", reply.Code()))
            .Send("còn đăng ký thường trú cho cả nhà ở trên thuyền thì lệ phí bao nhiêu")
            .AssertReply(reply =>
            {
                Assert.Equal("1.004222", reply.Code());
                Assert.Contains("20.000 đồng", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TwoOptionsWhoseNamesCutAlikeShowWhereTheyDiffer()
    {
        // Both records read "Gia hạn tạm trú cho người đã được cấp giấy miễn thị thực tại …" up to the office.
        await _harness.Flow()
            .Send("gia hạn tạm trú cho người được cấp giấy miễn thị thực")
            .AssertReply(reply =>
            {
                var names = reply.Actions().Take(2).Select(a => a.Title[..a.Title.LastIndexOf(" (", StringComparison.Ordinal)]).ToList();
                Assert.Equal(2, names.Count);
                Assert.Equal(2, names.Distinct(StringComparer.Ordinal).Count());
                Assert.Contains(names, n => n.EndsWith("Bộ Công an", StringComparison.Ordinal));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ACaseNamingAnotherThingAfterAnAnswerAsksAboutThatThingNotTheOneDiscussed()
    {
        // A whole commune's disease-free zone is another certificate than the farm's. A farm that says nothing of
        // export is the general record ("… trừ cơ sở … theo yêu cầu của nước nhập khẩu"), not the exporters'.
        await _harness.Flow()
            .Send("giấy chứng nhận cơ sở an toàn dịch bệnh của trại gà nhà mình bị mối xông rách nát, xin cấp lại ở đâu")
            .AssertReply(reply => Assert.Equal("1.011477", reply.Code()))
            .Send("thế nếu cả xã muốn xin chứng nhận vùng an toàn dịch bệnh động vật thì sao")
            .AssertReply(reply =>
            {
                Assert.NotEqual("1.011477", reply.Code());
                Assert.Contains("vùng an toàn dịch bệnh", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task BuyingTheRentedStateFlatAfterItsLeaseIsAnsweredWithItsSale()
    {
        // The editors read "mua đứt … căn" as the sale of a state-owned flat: the citizen turns from renting it to buying it.
        await _harness.Flow()
            .Send("bố mẹ tôi ở căn hộ tập thể của nhà nước ở Kim Liên từ năm 1985 nhưng chưa từng có hợp đồng thuê, giờ muốn ký hợp đồng thuê chính thức thì làm sao")
            .AssertReply(reply => Assert.Equal("1.012892", reply.Code()))
            .Send("nếu giờ muốn mua đứt luôn căn đó thì thủ tục thế nào")
            .AssertReply(reply => Assert.Equal("1.012893", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task ALongNewQuestionAfterAnAnswerIsNoCaseOfTheProcedureDiscussed()
    {
        // After the sale of a state flat, a question about tax paid in Japan: the sale's thing with its words
        // ("thuế thu nhập") would name the real-estate transfer tax, which the citizen never asked about.
        await _harness.Flow()
            .Send("nếu giờ muốn mua đứt căn hộ tập thể đang thuê của nhà nước thì thủ tục thế nào")
            .AssertReply(reply => Assert.Equal("1.012893", reply.Code()))
            .Send("em đi làm kỹ sư ở Nhật 6 tháng năm ngoái, bên đó đã khấu trừ thuế thu nhập, về VN quyết toán có được trừ số thuế đã nộp ở Nhật ko")
            .AssertReply(reply => Assert.Equal("1.008543", reply.Code()))
            .StartTestAsync();
    }

    [Fact]
    public async Task AskingHowLongItTakesToDecideStaysOnTheProcedureDiscussed()
    {
        // "giải quyết" opens many names ("Giải quyết hưởng chế độ …"); in "thời hạn giải quyết" it asks the time.
        await _harness.Flow()
            .Send("xưởng gạch tuynel nhà mình ở Sóc Sơn phải nộp phí bảo vệ môi trường đối với khí thải, nộp ở đâu")
            .AssertReply(reply => Assert.Equal("1.013040", reply.Code()))
            .Send("thời hạn giải quyết bao lâu")
            .AssertReply(reply =>
            {
                Assert.Equal("1.013040", reply.Code());
                Assert.Contains("10 ngày làm việc", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AStudentAskingForAFeeReductionStaysOnTheCertificateDiscussed()
    {
        // "sinh viên" is in the student-housing record's name, but what is reduced is the certificate's charge.
        await _harness.Flow()
            .Send("em cần phiếu lý lịch tư pháp để xin visa du học Úc, làm mất bao lâu ạ")
            .AssertReply(reply => Assert.StartsWith("3.00033", reply.Code(), StringComparison.Ordinal))
            .Send("sinh viên có được giảm lệ phí không")
            .AssertReply(reply =>
            {
                Assert.StartsWith("3.00033", reply.Code(), StringComparison.Ordinal);
                Assert.Contains("244/2016/TT-BTC", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AYesOrNoQuestionAfterAStoryIsAnsweredWithTheRecordsSentenceOnIt()
    {
        // The story ("đang làm việc ở Nhật") outnumbers the question's words; its last clause asks about a proxy.
        await _harness.Flow()
            .Send("em đang làm việc ở Nhật, cần phiếu lý lịch tư pháp số 1, có thể ủy quyền cho mẹ ở Hà Nội đi xin thay được ko ạ")
            .AssertReply(reply =>
            {
                Assert.Equal("3.000333", reply.Code());
                Assert.Contains("không cần văn bản ủy quyền", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task WhetherBothMustAttendAtTheWardIsAnsweredWithTheRecordsSentenceNotWithTheOffice()
    {
        // "ở phường" tells where the couple files; what is asked is whether both must be there.
        await _harness.Flow()
            .Send("dang ky ket hon o phuong co bat buoc ca 2 phai co mat ko")
            .AssertReply(reply =>
            {
                Assert.Equal("1.000894", reply.Code());
                Assert.Contains("hai bên nam, nữ phải có mặt", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AProxyQuestionTheSearchOnlyGuessesAtIsAnsweredFromTheCertificateUnderDiscussion()
    {
        // Alone, the second message's words rank animal-transport records first, none of which they confirm.
        await _harness.Flow()
            .Send("em can xin phieu ly lich tu phap so 2 o dau")
            .AssertReply(reply => Assert.Equal("3.000333", reply.Code()))
            .Send("em dang o Nhat hoc tieng thi uy quyen cho bo me di xin thay dc ko")
            .AssertReply(reply =>
            {
                Assert.Equal("3.000333", reply.Code());
                Assert.Contains("không được ủy quyền", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TheRegistrationARemovalUndoesIsANewTopicWhenNamedWithoutTheRemoval()
    {
        await _harness.Flow()
            .Send("em chuyen tro tu Cau Giay sang Ha Dong roi, co phai xoa tam tru o cho cu ko")
            .AssertReply(reply => Assert.Equal("1.010028", reply.Code()))
            .Send("con dang ky tam tru o cho moi thi le phi bn")
            .AssertReply(reply =>
            {
                Assert.Equal("1.004194", reply.Code());
                Assert.Contains("7.000 đồng", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task MenuOptionsCutToTheSameEndShowTheWordsThatTellThemApart()
    {
        // Both joint birth-and-insurance records end "… cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi"; one adds the
        // residence registration, which a label cut in the middle hid.
        await _harness.Flow()
            .Send("lien thong khai sinh the bao hiem y te tre em")
            .AssertReply(reply =>
            {
                Assert.Equal("clarification", reply.Kind());
                Assert.Contains("thường trú", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AYesOrNoQuestionTheRecordDoesNotAnswerSaysSoInsteadOfPassingTheSummaryOffAsAnAnswer()
    {
        await _harness.Flow()
            .Send("toi tung bi an treo nam 2015, da duoc xoa an tich, gio xin phieu ly lich tu phap so 1 thi noi dung co ghi an cu ko")
            .AssertReply(reply =>
            {
                Assert.Equal("3.000333", reply.Code());
                Assert.Contains("chưa thấy danh mục ghi rõ điều bạn hỏi", reply.Text(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task APauseAskedAfterRegisteringTheFamilyShopIsTheHouseholdBusinessesPause()
    {
        // Alone, "tạm ngừng kinh doanh" is asked between the company's units and the household business; the
        // conversation already says which.
        await _harness.Flow()
            .Send("2 vợ chồng mở tiệm nail ở Cầu Giấy, đăng ký hộ kinh doanh thì nộp ở đâu, mấy ngày có giấy")
            .AssertReply(reply => Assert.Equal("1.001612", reply.Code()))
            .Send("à còn nếu tháng sau muốn tạm ngừng kinh doanh 2 tháng để sửa nhà thì báo ở đâu")
            .AssertReply(reply => Assert.Equal("1.001570", reply.Code()))
            .StartTestAsync();
    }
}
