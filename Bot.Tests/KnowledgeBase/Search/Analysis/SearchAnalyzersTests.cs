using System.Text;
using Bot.Tests.Evaluation;
using KnowledgeBase.Evaluation;
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

    [Fact]
    public void ATokenTheTokenizerSkipsLeavesTheSyllablesNotInARow()
    {
        // The tokenizer drops a token over 255 characters and leaves a hole, which the shingle filter pairs with a filler.
        var text = "cấp " + new string('a', 300) + " lại";

        Assert.Null(SearchAnalyzers.SyllablesInARow(SearchAnalyzers.AccentedSyllables, text));
        Assert.Contains(SearchAnalyzers.Analyze(SearchAnalyzers.Accented, text), t => t.IsBigram && t.Text.Contains('_', StringComparison.Ordinal));
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
