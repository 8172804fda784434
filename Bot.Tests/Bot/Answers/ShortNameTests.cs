using Bot.Answers;
using KnowledgeBase.Procedures;

namespace Bot.Tests.Bot.Answers;

public sealed class ShortNameTests
{
    private static readonly Procedure FirstCertificate = new()
    {
        Code = "1.013978",
        Name = "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài",
    };

    [Fact]
    public void ALongNameShowsThePartTheCitizensWordsPointAt()
    {
        var name = FactPhrases.ShortName(FirstCertificate, window: FactPhrases.WindowOf(FirstCertificate, "lam so do lan dau"));

        Assert.StartsWith("Đăng ký đất đai", name, StringComparison.Ordinal);
        Assert.Contains("lần đầu đối với hộ gia đình", name, StringComparison.Ordinal);
        Assert.InRange(name.Length, 40, 110);
    }

    [Theory]
    // "bao" of "bao lâu" and "doanh" of "kinh doanh" are neighbours only in the name; "kinh doanh" is already at its start.
    [InlineData("cong ty tnhh cua em muon tam ngung kinh doanh 1 nam thi mat bao lau")]
    [InlineData("công ty muốn tạm ngừng kinh doanh thì báo trước bao lâu")]
    public void WordsTheQuestionSaysApartOrTheStartAlreadyShowsPointNowhere(string question)
    {
        var pause = new Procedure
        {
            Code = "2.002029",
            Name = "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh)",
        };

        Assert.Equal(-1, FactPhrases.WindowOf(pause, question));
    }

    [Fact]
    public void ALongNameTheQuestionPointsNowhereInKeepsBothEnds()
    {
        Assert.Equal(-1, FactPhrases.WindowOf(FirstCertificate, "làm sổ đỏ mất bao lâu"));
        Assert.EndsWith("định cư ở nước ngoài", FactPhrases.ShortName(FirstCertificate), StringComparison.Ordinal);
    }

    private static readonly Procedure ListOfCases = new()
    {
        Code = "1.013831",
        Name = "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi quyền sử dụng đất nông nghiệp mà không theo phương án dồn điền, đổi thửa; chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; cho thuê, cho thuê lại quyền sử dụng đất trong dự án; bán hoặc tặng cho tài sản gắn liền với đất thuê của Nhà nước theo hình thức thuê đất trả tiền hàng năm",
    };

    [Fact]
    public void ANameThatIsALongListOfCasesShowsItsStartNotItsLastCase()
    {
        var name = FactPhrases.ShortName(ListOfCases);

        Assert.StartsWith("Đăng ký biến động quyền sử dụng đất", name, StringComparison.Ordinal);
        Assert.DoesNotContain("trả tiền hàng năm", name, StringComparison.Ordinal);
    }

    [Fact]
    public void TheQuestionsWordsArePointedAtAsTypedAndAcrossALinkWord()
    {
        // "thuế" is not the "thuê" of a lease; "vợ chồng" is the name's "vợ và chồng".
        var spouses = new Procedure
        {
            Code = "1.013980",
            Name = "Đăng ký biến động đối với trường hợp thay đổi quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất theo thỏa thuận của các thành viên hộ gia đình hoặc của vợ và chồng; quyền sử dụng đất xây dựng công trình trên mặt đất",
        };

        Assert.Equal(-1, FactPhrases.WindowOf(ListOfCases, "sang tên cho con thì thuế phí bao nhiêu"));
        Assert.Contains("vợ và chồng", FactPhrases.ShortName(spouses, window: FactPhrases.WindowOf(spouses, "sổ đỏ đứng tên vợ chồng, giờ muốn sang tên cho con")), StringComparison.Ordinal);
    }

    [Fact]
    public void ALongNameShowsThePlaceHoldingMostOfTheQuestionNotTheFirstPairItSays()
    {
        var agreement = new Procedure
        {
            Code = "1.013980",
            Name = "Đăng ký biến động đối với trường hợp thay đổi quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất theo thỏa thuận của các thành viên hộ gia đình hoặc của vợ và chồng; quyền sử dụng đất xây dựng công trình trên mặt đất phục vụ cho việc vận hành, khai thác sử dụng công trình ngầm, quyền sở hữu công trình ngầm",
        };
        const string Question = "sổ đỏ nhà em cấp cho hộ gia đình bố em, giờ cả nhà thống nhất ghi tên từng thành viên cùng sử dụng, đăng ký biến động theo thỏa thuận thì mất mấy ngày";

        var name = FactPhrases.ShortName(agreement, 80, FactPhrases.WindowOf(agreement, Question, 80));

        Assert.Contains("thỏa thuận của các thành viên hộ gia đình", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cấp giấy phép môi trường (cấp Tỉnh) ( 1.010727 )")]
    [InlineData("Cấp giấy phép môi trường (cấp Bộ) (1.010719)")]
    public void ThePortalsCodeWrittenIntoANameIsNotShownAsPartOfIt(string name) =>
        Assert.Equal("Cấp giấy phép môi trường", FactPhrases.ReadableName(new Procedure { Code = "1.010727", Name = name }));
}
