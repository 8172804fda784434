using System.Text;
using Bot.Tests.Bot.Support;
using Bot.Tests.Evaluation;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Analysis;

namespace Bot.Tests.KnowledgeBase.Search.Analysis;

public sealed class SearchAnalyzersTests
{
    public static TheoryData<string> Texts() =>
    [
        "",
        "   ",
        "cấp",
        "Làm lại căn cước bị mất ở phường mất bao lâu?",
        "Lệ phí: 30.000 đồng/lần, nộp tại UBND-xã (gov.vn) 😀 — ĐĂNG KÝ KẾT HÔN!!!",
        "Đăng ký khai sinh".Normalize(NormalizationForm.FormD),
        "thẻ ABTC, GPLX hạng B2; mẫu CT01 & TK1-TS",
        "ký tự\u00A0lạ\ttab\r\nxuống dòng",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void AccentedSyllablesPairedInARowAreTheBigramAnalyzersTerms(string text) => AssertSameAsShingles(text);

    [Fact]
    public void EveryDevAndHeldOutQuestionPairsExactlyAsTheBigramAnalyzer()
    {
        var questions = DevSetReader.ReadFile(RepositoryFiles.DevSet).Concat(DevSetReader.ReadFile(RepositoryFiles.HeldOutSet));
        foreach (var question in questions)
        {
            AssertSameAsShingles(question.Question);
            AssertSameAsShingles(VietnameseDiacritics.Strip(question.Question));
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void TheAccentedSyllablesFoldedAreTheFoldedAnalyzersSyllables(string text) => AssertFoldsAsTheAnalyzer(text);

    [Fact]
    public void EveryQuestionNameAndSectionOfTheCatalogueFoldsAsTheFoldedAnalyzer()
    {
        var questions = DevSetReader.ReadFile(RepositoryFiles.DevSet).Concat(DevSetReader.ReadFile(RepositoryFiles.HeldOutSet)).Select(q => q.Question);
        var catalogue = ((LuceneProcedureSearch)BotFixtures.RepositorySearch).GetAll().SelectMany(p => p.Sections.Take(3).Select(s => s.Text).Prepend(p.Name));
        var folded = 0;
        foreach (var text in questions.Concat(catalogue))
        {
            folded += AssertFoldsAsTheAnalyzer(text) ? 1 : 0;
        }

        // Most texts take the short way; the rest ("30.000", "gov.vn") are left to the analyzer.
        Assert.True(folded > 1000, $"{folded} texts folded without the analyzer");
    }

    [Fact]
    public void ATokenTheTokenizerSkipsLeavesTheSyllablesNotInARow()
    {
        // The tokenizer drops a token over 255 characters and leaves a hole, which the shingle filter pairs with a filler.
        var text = "cấp " + new string('a', 300) + " lại";

        Assert.Null(SearchAnalyzers.SyllablesInARow(SearchAnalyzers.AccentedSyllables, text));
        Assert.Contains(SearchAnalyzers.Analyze(SearchAnalyzers.Accented, text), t => t.IsBigram && t.Text.Contains('_', StringComparison.Ordinal));
    }

    /// <summary>Whether the short way applied; when it did, it gave exactly the analyzer's terms.</summary>
    private static bool AssertFoldsAsTheAnalyzer(string text)
    {
        var (accented, _) = SearchAnalyzers.Syllables(SearchAnalyzers.AccentedSyllables, text);
        var folded = SearchAnalyzers.FoldedFrom(accented);
        if (folded is not null)
        {
            Assert.Equal(SearchAnalyzers.Analyze(SearchAnalyzers.FoldedSyllables, text).Select(t => t.Text), folded);
        }

        return folded is not null;
    }

    private static void AssertSameAsShingles(string text)
    {
        var syllables = SearchAnalyzers.SyllablesInARow(SearchAnalyzers.AccentedSyllables, text);
        Assert.NotNull(syllables);
        var paired = new List<AnalyzedTerm>();
        for (var i = 0; i < syllables.Count; i++)
        {
            paired.Add(new AnalyzedTerm(syllables[i], IsBigram: false));
            if (i + 1 < syllables.Count)
            {
                paired.Add(new AnalyzedTerm(syllables[i] + VietnameseAnalyzer.BigramSeparator + syllables[i + 1], IsBigram: true));
            }
        }

        Assert.Equal(SearchAnalyzers.Analyze(SearchAnalyzers.Accented, text), paired);
    }
}
