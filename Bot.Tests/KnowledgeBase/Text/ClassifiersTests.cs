using KnowledgeBase.Text;

namespace Bot.Tests.KnowledgeBase.Text;

public sealed class ClassifiersTests
{
    [Theory]
    [InlineData("xóa đăng ký thế chấp chiếc xe", "xóa đăng ký thế chấp xe")]
    [InlineData("xoa the chap chiec xe may", "xoa the chap xe may")]
    [InlineData("làm mất cái sổ đỏ rồi", "làm mất sổ đỏ rồi")]
    [InlineData("Cuốn sổ hộ khẩu cũ", "sổ hộ khẩu cũ")]
    public void ClassifierBeforeAThingIsLeftOut(string question, string expected) =>
        Assert.Equal(expected, Classifiers.Without(question));

    [Theory]
    [InlineData("xe nhập khẩu nguyên chiếc đăng ký lần đầu")]
    [InlineData("cai tao nha o")]
    [InlineData("uy quyen cho con")]
    [InlineData("mua 2 chiếc")]
    [InlineData("Sổ hồng bị ố, nhòe chữ muốn đổi cuốn mới")]
    [InlineData("Hộ chiếu sắp hết hạn, làm cái mới ở đâu?")]
    public void WordsThatAreNotAClassifierBeforeAThingStay(string question) =>
        Assert.Equal(question, Classifiers.Without(question));
}
