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
    public async Task TwoRecordsThatStateTheSameFeeAreAnsweredOnceNotAskedAbout()
    {
        // Both land-certificate corrections state the same fee rule: a menu would change nothing the citizen asked.
        await _harness.Flow()
            .Send("so do bi ghi sai ten vo toi, sua lai co mat phi khong")
            .AssertReply(reply =>
            {
                Assert.Equal("1.012790", reply.Code());
                Assert.Equal("Fee", reply.AspectName());
                Assert.Contains("cũng đúng với thủ tục «Đính chính Giấy chứng nhận đã cấp lần đầu có sai sót»", reply.Text(), StringComparison.Ordinal);
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
}
