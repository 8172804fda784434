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

    [Fact]
    public void ALongNameTheQuestionPointsNowhereInKeepsBothEnds()
    {
        Assert.Equal(-1, FactPhrases.WindowOf(FirstCertificate, "làm sổ đỏ mất bao lâu"));
        Assert.EndsWith("định cư ở nước ngoài", FactPhrases.ShortName(FirstCertificate), StringComparison.Ordinal);
    }
}
