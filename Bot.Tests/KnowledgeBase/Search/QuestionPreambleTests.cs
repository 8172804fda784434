using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Search;

public sealed class QuestionPreambleTests
{
    [Fact]
    public void AddressToAnAgencyIsCutUpToTheFirstComma()
    {
        var question = QuestionPreamble.Strip(
            "Kính gửi Cục Quản lý chất lượng nông lâm sản và thuỷ sản, sau khi Công ty tôi nộp đầy đủ hồ sơ đăng ký chỉ định thì thời hạn giải quyết là bao nhiêu ngày?");

        Assert.Equal("sau khi Công ty tôi nộp đầy đủ hồ sơ đăng ký chỉ định thì thời hạn giải quyết là bao nhiêu ngày", question);
    }

    [Fact]
    public void AgencyAskedOnBehalfOfACompanyIsCutWithTheAsking()
    {
        var question = QuestionPreamble.Strip(
            "Cục Quản lý chất lượng nông lâm sản và thuỷ sản cho Công ty chúng tôi hỏi phí đánh giá giám sát định kỳ cơ sở kiểm nghiệm thực phẩm như thế nào?");

        Assert.StartsWith("phí đánh giá giám sát định kỳ", question, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đề nghị cho biết thời hạn của giấy chứng nhận lưu hành thuốc thú y là bao nhiêu năm?", "thời hạn của giấy chứng nhận")]
    [InlineData("Đề nghị quý cơ quan cho biết hồ sơ khai báo kiểm dịch nhập khẩu động vật?", "hồ sơ khai báo kiểm dịch")]
    [InlineData("Ông/bà cho biết thủ tục thay đổi lĩnh vực giám định tư pháp của Văn phòng giám định tư pháp?", "thủ tục thay đổi lĩnh vực")]
    [InlineData("cho toi hoi lam lai can cuoc o dau", "lam lai can cuoc")]
    [InlineData("Xin hỏi thủ tục đăng ký kết hôn với người nước ngoài", "thủ tục đăng ký kết hôn")]
    public void PoliteOpeningsAreCut(string text, string expectedStart)
    {
        Assert.StartsWith(expectedStart, QuestionPreamble.Strip(text), StringComparison.Ordinal);
    }

    [Fact]
    public void ClosingThanksAreCut()
    {
        Assert.Equal(
            "Thủ tục cấp lại giấy phép lái xe bị mất cần những giấy tờ gì",
            QuestionPreamble.Strip("Thủ tục cấp lại giấy phép lái xe bị mất cần những giấy tờ gì? Xin trân trọng cảm ơn!"));
    }

    [Fact]
    public void ALongLettersOpeningAndClosingAreBothCut()
    {
        var story = string.Join(' ', Enumerable.Repeat("công ty tôi đã nộp hồ sơ đầy đủ và đúng hạn", 8));
        var question = QuestionPreamble.Strip($"Kính gửi Cục Hàng hải Việt Nam, {story} thì thời hạn giải quyết là bao lâu? Xin trân trọng cảm ơn.");

        Assert.StartsWith("công ty tôi đã nộp", question, StringComparison.Ordinal);
        Assert.EndsWith("thời hạn giải quyết là bao lâu", question, StringComparison.Ordinal);
    }

    [Theory]
    // A detail of the citizen's situation before the asking is kept: it is not an address.
    [InlineData("Tôi đang ở Hàn Quốc, cho tôi hỏi làm hộ chiếu thế nào")]
    // "hội" is an association, not "hỏi".
    [InlineData("Thủ tục cấp giấy phép cho hội từ thiện hoạt động")]
    [InlineData("làm căn cước")]
    [InlineData("")]
    public void QuestionsWithoutAPreambleAreUnchanged(string text)
    {
        Assert.Equal(text, QuestionPreamble.Strip(text));
    }

    [Fact]
    public void APreambleThatIsTheWholeMessageIsKept()
    {
        Assert.Equal("Kính gửi Cục Hàng hải, cảm ơn", QuestionPreamble.Strip("Kính gửi Cục Hàng hải, cảm ơn"));
    }
}
