using KnowledgeBase.Text;

namespace Bot.Tests.KnowledgeBase.Text;

public sealed class CatalogueAbbreviationsTests
{
    [Theory]
    [InlineData("đơn vị SDLĐ", "đơn vị sử dụng lao động")]
    [InlineData("Chủ tịch UBND cấp xã", "Chủ tịch Ủy ban nhân dân cấp xã")]
    [InlineData("Phòng CSGT", "Phòng CSGT")]
    [InlineData("TNLĐ", "TNLĐ")]
    public void TheCataloguesShorthandForOfficesIsSpelledOut(string text, string expected) =>
        Assert.Equal(expected, CatalogueAbbreviations.Spelled(text));
}
