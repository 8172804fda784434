using KnowledgeBase.Evaluation;

namespace Bot.Tests.Evaluation;

public sealed class DevSetReaderTests
{
    [Fact]
    public void ReadsQuestionsGoldCodesAndLineNumbersSkippingBlankLines()
    {
        const string text = """
            {"question": "Mất căn cước làm lại ở đâu?", "gold_codes": ["1.014064", "2.001194"]}

            {"question": "Ngày mai có mưa không?", "gold_codes": []}
            """;

        var questions = DevSetReader.Read(new StringReader(text), "devset.jsonl");

        Assert.Equal(2, questions.Count);
        Assert.Equal(["1.014064", "2.001194"], questions[0].GoldCodes);
        Assert.Equal(1, questions[0].Line);
        Assert.True(questions[1].IsOutOfScope);
        Assert.Equal(3, questions[1].Line);
    }

    [Theory]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"gold_codes\": [\"1.001456\"", "không phải JSON hợp lệ")]
    [InlineData("{\"gold_codes\": [\"1.001456\"]}", "\"question\"")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"gold_codes\": \"1.001456\"}", "\"gold_codes\"")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"gold_codes\": [1001456]}", "gold code")]
    [InlineData("[\"Làm hộ chiếu\"]", "đối tượng JSON")]
    public void MalformedLineIsReportedWithItsNumber(string badLine, string problem)
    {
        var text = "{\"question\": \"Đăng ký kết hôn\", \"gold_codes\": [\"1.000894\"]}\n\n" + badLine + "\n";

        var error = Assert.Throws<DevSetFormatException>(() => DevSetReader.Read(new StringReader(text), "devset.jsonl"));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("devset.jsonl:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mất căn cước làm lại ở đâu", true)]
    [InlineData("mat can cuoc lam lai o dau", false)]
    [InlineData("đkkd", true)]
    [InlineData("MẤT CCCD", true)]
    [InlineData("Ma\u0302\u0301t cccd", true)]
    [InlineData("cccd 2024?", false)]
    public void QuestionsWithoutAnyVietnameseAccentedLetterAreDetected(string question, bool hasDiacritics) =>
        Assert.Equal(hasDiacritics, VietnameseDiacritics.HasAny(question));
}
