using KnowledgeBase.Search.Synonyms;

namespace Bot.Tests.KnowledgeBase.Search;

public sealed class SynonymSetTests
{
    [Fact]
    public void RepositorySynonymsFileParsesCleanlyWithAtLeastOneHundredRules()
    {
        var set = SynonymSet.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "synonyms.txt"), out var problems);
        Assert.Empty(problems);
        Assert.True(set.RuleCount >= 100, $"only {set.RuleCount} rules");
    }

    [Theory]
    [InlineData("cccd", 2)]
    [InlineData("a, , b", 3)]
    [InlineData("a => b => c", 4)]
    [InlineData(" => b", 5)]
    [InlineData("!!!, ???", 6)]
    public void MalformedLineIsReportedWithFileAndLine(string badLine, int line)
    {
        var text = "# synonyms\n" + string.Concat(Enumerable.Repeat("x, y\n", line - 2)) + badLine + "\n";
        SynonymSet.Parse(text, "content/synonyms.txt", out var problems);
        var problem = Assert.Single(problems);
        Assert.StartsWith($"content/synonyms.txt:{line}: error:", problem.ToString());
    }

    [Fact]
    public void PhrasesMatchWithoutCaseOrDiacriticsLongestFirst()
    {
        var set = SynonymSet.Parse("cccd, căn cước công dân\ncăn cước => thẻ căn cước\n", "s.txt", out _);
        var matches = set.Match(["lam", "lai", "can", "cuoc", "cong", "dan"]);
        var match = Assert.Single(matches);
        Assert.Equal((2, 4), (match.Start, match.Length));
        Assert.Equal(["cccd"], match.Alternatives);
    }

    [Fact]
    public void OneWayRuleDoesNotExpandBackwards()
    {
        var set = SynonymSet.Parse("bằng lái => giấy phép lái xe\n", "s.txt", out _);
        Assert.Single(set.Match(["bang", "lai"]));
        Assert.Empty(set.Match(["giay", "phep", "lai", "xe"]));
    }

    [Theory]
    // Typed without diacritics, a phrase matches whatever it is written with.
    [InlineData(new[] { "cho", "ca", "giong" }, true)]
    // Typed with them, they must agree: "cho cả" (for all) is not "chở cá" (carry fish).
    [InlineData(new[] { "cho", "cả", "nhóm" }, false)]
    [InlineData(new[] { "chở", "cá", "giống" }, true)]
    // A syllable typed bare agrees with any marks; the tone may sit on either vowel ("hoả", "hỏa").
    [InlineData(new[] { "cho", "cá", "giống" }, true)]
    [InlineData(new[] { "bị", "hoả", "hoạn" }, true)]
    public void ASyllableTypedWithDiacriticsMatchesOnlyAPhraseWrittenWithTheSameMarks(string[] typed, bool matches)
    {
        var set = SynonymSet.Parse("chở cá => động vật thủy sản\nbị hỏa hoạn => thiên tai\n", "s.txt", out _);
        var folded = typed.Select(global::KnowledgeBase.Text.VietnameseText.Fold).ToList();

        var found = set.Match(folded, () => typed).Any(m => m.Alternatives.Contains("động vật thủy sản") || m.Alternatives.Contains("thiên tai"));

        Assert.Equal(matches, found);
    }
}
