using KnowledgeBase.Matching;

namespace Bot.Tests.KnowledgeBase.Matching;

public sealed class QuestionFocusTests
{
    [Theory]
    [InlineData("ma so thue ca nhan kinh doanh cua toi bi cham dut hieu luc, gio muon khoi phuc lai thi mat bao lau", "khoi phuc lai thi mat bao lau")]
    [InlineData("Anh trai tôi đóng BHXH ở công ty thì bị mất, gia đình giờ muốn hưởng tử tuất thì nộp cho ai?", "hưởng tử tuất thì nộp cho ai")]
    [InlineData("Mẹ tôi mất, anh em đã làm văn bản thỏa thuận xong, giờ đăng ký sang tên sổ đỏ thì cần giấy tờ gì?", "đăng ký sang tên sổ đỏ thì cần giấy tờ gì")]
    // What the citizen need not do ("ko phải xin phép") is no request: the last "muốn" is.
    [InlineData("tôi muốn chuyển một phần đất ở sang đất thương mại dịch vụ để mở quán cafe, nghe nói ko phải xin phép chỉ cần đăng ký biến động, đúng k", "chuyển một phần đất ở sang đất thương mại dịch vụ để mở quán cafe nghe nói ko phải xin phép chỉ cần đăng ký biến động đúng k")]
    // What an office told the citizen to do is what they ask about.
    [InlineData("tôi đang kiện chia tài sản sau ly hôn, tòa bảo phải nộp tạm ứng chi phí định giá căn nhà, thủ tục thế nào", "nộp tạm ứng chi phí định giá căn nhà thủ tục thế nào")]
    public void TheRequestIsWhatFollowsTheStory(string message, string request) =>
        Assert.Equal(request, QuestionFocus.Of(message));

    [Theory]
    [InlineData("mat can cuoc lam lai o dau va het bao nhieu tien")]
    [InlineData("Anh trai tôi đang đóng BHXH ở công ty thì bị mất, gia đình nộp hồ sơ hưởng tử tuất cho ai?")]
    [InlineData("lệ phí cấp lại hộ chiếu")]
    [InlineData("muon gop 2 thua dat lien ke thanh 1 so thi lam o dau, can giay gi")]
    // "hiệp định", "quyết định", "định cư" hold no "intend to".
    [InlineData("cần giấy xác nhận cư trú để áp dụng hiệp định tránh đánh thuế hai lần, mất bao lâu")]
    [InlineData("bố tôi sang Mỹ định cư, lương hưu nhận thế nào")]
    public void AOneClauseQuestionIsAllRequest(string message) =>
        Assert.Null(QuestionFocus.Of(message));

    [Theory]
    [InlineData("thôi quốc tịch VN để nhập quốc tịch Đức, hiện đang ở Hà Nội thì nộp hồ sơ ở đâu", "thôi quốc tịch vn")]
    [InlineData("thoi quoc tich vn de nhap quoc tich duc thi nop o dau", "thoi quoc tich vn")]
    [InlineData("lam so do de vay ngan hang", "lam so do")]
    public void APurposeClauseIsNotTheRequest(string request, string expected) =>
        Assert.Equal(expected, QuestionFocus.WithoutPurpose(request));

    [Theory]
    // "đề nghị" typed without diacritics, a "how to" question, and a purpose told in the next sentence.
    [InlineData("lam don de nghi mien giam thi nop o dau")]
    [InlineData("vào Việt Nam du lịch. Làm thế nào để biết có được cấp thị thực điện tử không")]
    [InlineData("biết phải làm sao để được cấp lại")]
    public void HowToAndProposalsAreNoPurposeClause(string request) =>
        Assert.Equal(request, QuestionFocus.WithoutPurpose(request));

    [Theory]
    [InlineData("tôi đóng bhxh tự nguyện, vừa sinh con xong thì nộp hồ sơ hưởng thai sản ở đâu", "nộp hồ sơ hưởng thai sản ở đâu")]
    [InlineData("con toi 5 tuoi thi lam can cuoc o dau", "lam can cuoc o dau")]
    [InlineData("toa da xu thi hanh an roi ma ho khong tra", null)]
    [InlineData("làm căn cước ở đâu", null)]
    public void RequestIsWhatFollowsTheLastThen(string message, string? expected)
    {
        Assert.Equal(expected, QuestionFocus.RequestOf(message));
    }
}
