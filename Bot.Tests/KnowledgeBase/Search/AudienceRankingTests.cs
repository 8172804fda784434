using Bot.Tests.Evaluation;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

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
        Assert.Equal(expected, TopCode(question, police, Catalogue("1.002759")));
    }

    [Fact]
    public void WithoutItsAudienceThePoliceFamilyCardWouldWinOnItsName() =>
        Assert.Equal("1.001294", TopCode("cấp lại thẻ bảo hiểm y tế", Catalogue("1.001294") with { Audience = null }, Catalogue("1.002759")));

    private static Procedure Catalogue(string code) =>
        ProcedureMarkdownReader.Read(File.ReadAllText(Path.Combine(RepositoryFiles.Content, ContentLoader.ProceduresFolder, code + ".md")), code + ".md").Procedure!;

    private static string TopCode(string question, params Procedure[] procedures)
    {
        using var catalogue = new TestCatalogue();
        foreach (var procedure in procedures)
        {
            catalogue.Write(procedure);
        }

        Assert.True(catalogue.Build().Succeeded);
        using var search = new LuceneProcedureSearch(catalogue.IndexPath, new SearchOptions());
        return search.Search(new SearchRequest(question))[0].Procedure.Code;
    }
}
