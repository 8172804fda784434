using KnowledgeBase.Procedures;

namespace Bot.Tests.KnowledgeBase.Search;

/// <summary>
/// A procedure whose editors wrote a narrower audience ranks below the one for everyone: the catalogue's own records of
/// the police-family health insurance card and the citizens' card, in a real index.
/// </summary>
public sealed class AudienceRankingTests
{
    [Theory]
    [InlineData("cấp lại thẻ bảo hiểm y tế", "1.002759")]
    [InlineData("chiến sĩ công an xin cấp lại thẻ bảo hiểm y tế cho thân nhân", "1.001294")]
    public void PoliceFamilyCardRanksBelowTheCitizensCardUnlessThePoliceAreNamed(string question, string expected)
    {
        var police = Catalogue("1.001294");
        Assert.False(string.IsNullOrEmpty(police.Audience), "the police-family card's record names its audience");
        Assert.Equal(expected, TestCatalogue.TopCodeWith(question, police, Catalogue("1.002759")));
    }

    [Fact]
    public void WithoutItsAudienceThePoliceFamilyCardWouldWinOnItsName() =>
        Assert.Equal("1.001294", TestCatalogue.TopCodeWith("cấp lại thẻ bảo hiểm y tế", Catalogue("1.001294") with { Audience = null }, Catalogue("1.002759")));

    private static Procedure Catalogue(string code) => TestCatalogue.FromRepository(code);
}
