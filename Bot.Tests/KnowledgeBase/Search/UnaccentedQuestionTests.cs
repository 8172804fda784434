using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Search;

/// <summary>Questions typed without a Vietnamese keyboard read as the catalogue spells them (see <see cref="AccentRestorer"/>).</summary>
public sealed class UnaccentedQuestionTests
{
    [Theory]
    [InlineData("xin giấy chứng nhận giáo viên dạy thực hành lái xe", "1.001765")]
    [InlineData("xin giay chung nhan giao vien day thuc hanh lai xe", "1.001765")]
    [InlineData("lam lai giay chung nhan giao vien day thuc hanh lai xe", "1.004993")]
    [InlineData("lam lai giay chung nhan giao vien day thuc hanh lai xe mất bao lâu", "1.004993")]
    public void LaiBesideXeIsDrivingAndLaiElsewhereMayStillBeAReissue(string question, string expected)
    {
        var reissue = TestCatalogue.Make("1.004993", "Cấp lại Giấy chứng nhận giáo viên dạy thực hành lái xe", ["Cấp tỉnh"], "Bộ Công an",
            "Đào tạo lái xe", steps: "Nộp đơn đề nghị cấp lại khi giấy chứng nhận bị mất, hỏng.", documents: "Đơn đề nghị cấp lại.",
            time: "03 ngày làm việc.", fees: "Không.");
        var first = TestCatalogue.Make("1.001765", "Cấp Giấy chứng nhận giáo viên dạy thực hành lái xe", ["Cấp tỉnh"], "Bộ Công an",
            "Đào tạo lái xe", steps: "Nộp hồ sơ đề nghị cấp giấy chứng nhận.", documents: "Đơn đề nghị.", time: "03 ngày làm việc.", fees: "Không.");

        Assert.Equal(expected, TestCatalogue.TopCodeWith(question, reissue, first));
    }
}
