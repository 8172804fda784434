using Bot.Answers;
using Bot.Templates;
using Bot.Tests.Bot.Support;

namespace Bot.Tests.Bot.Answers;

/// <summary>Where to file, as a citizen reads it, from the repository's catalogue.</summary>
public sealed class FactPhrasesWhereTests
{
    private readonly FactPhrases _phrases = new(TemplateCatalog.LoadEmbedded());

    [Fact]
    public void AFileGoesToTheCommitteeNotToItsChair()
    {
        // 1.000688 stores its place as "Chủ tịch ủy ban nhân dân cấp tỉnh".
        var where = _phrases.Where(BotFixtures.RepositorySearch.GetByCode("1.000688")!, "cấp tỉnh");

        Assert.Contains("nộp hồ sơ tại Ủy ban nhân dân cấp tỉnh", where, StringComparison.Ordinal);
        Assert.DoesNotContain("Chủ tịch", where, StringComparison.Ordinal);
    }
}
