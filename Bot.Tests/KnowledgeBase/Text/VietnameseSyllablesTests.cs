using KnowledgeBase.Text;

namespace Bot.Tests.KnowledgeBase.Text;

public sealed class VietnameseSyllablesTests
{
    [Theory]
    [InlineData("nghiêng")]
    [InlineData("khuyến")]
    [InlineData("quyết")]
    [InlineData("gì")]
    [InlineData("hoa")]
    [InlineData("ngoai")]
    [InlineData("a")]
    [InlineData("người")]
    [InlineData("khuỷu")]
    [InlineData("ngoằn")]
    [InlineData("giấy")]
    [InlineData("chuyện")]
    public void VietnameseWordsWithOrWithoutAccentsAreSyllables(string word) =>
        Assert.True(VietnameseSyllables.IsSyllable(word));

    [Theory]
    [InlineData("asdkjh")]
    [InlineData("qwe")]
    [InlineData("zxc")]
    [InlineData("ffff")]
    [InlineData("cccd")]
    [InlineData("qưeoi")]
    [InlineData("aeiou")]
    public void KeyboardMashingAndAbbreviationsAreNotSyllables(string word) =>
        Assert.False(VietnameseSyllables.IsSyllable(word));
}
