using KnowledgeBase.Evaluation;

namespace Bot.Tests.Evaluation;

public sealed class RegressionReaderTests
{
    [Fact]
    public void ReadsExpectedProceduresOutOfScopeCasesNotesDatesAndLineNumbersSkippingBlankLines()
    {
        const string text = """
            {"question": "Mất căn cước làm lại ở đâu?", "code": "1.014064", "note": "editor fix", "added": "2026-12-06"}

            {"question": "ngay mai co mua khong", "outOfScope": true}
            """;

        var cases = RegressionReader.Read(new StringReader(text), "regressions.jsonl");

        Assert.Equal(2, cases.Count);
        Assert.Equal(new RegressionCase("Mất căn cước làm lại ở đâu?", "1.014064", "editor fix", new DateOnly(2026, 12, 6), 1), cases[0]);
        Assert.True(cases[1].IsOutOfScope);
        Assert.Null(cases[1].Note);
        Assert.Null(cases[1].Added);
        Assert.Equal(3, cases[1].Line);
    }

    [Theory]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"code\": \"1.001456\"", "not valid JSON")]
    [InlineData("[\"Làm hộ chiếu\"]", "expected a JSON object")]
    [InlineData("{\"code\": \"1.001456\"}", "\"question\" must be a non-empty string")]
    [InlineData("{\"question\": \"  \", \"code\": \"1.001456\"}", "\"question\" must be a non-empty string")]
    [InlineData("{\"question\": \"Làm hộ chiếu\"}", "give the expected procedure as \"code\"")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"outOfScope\": false}", "give the expected procedure as \"code\"")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"code\": \"1.001456\", \"outOfScope\": true}", "not both")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"code\": 1001456}", "\"code\" must be a string")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"outOfScope\": \"yes\"}", "\"outOfScope\" must be true or false")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"code\": \"1.001456\", \"added\": \"06/12/2026\"}", "yyyy-MM-dd, got '06/12/2026'")]
    public void MalformedLineIsReportedWithFileAndLineNumber(string badLine, string problem)
    {
        var text = "{\"question\": \"Đăng ký kết hôn\", \"code\": \"1.000894\"}\n\n" + badLine + "\n";

        var error = Assert.Throws<RegressionFormatException>(() => RegressionReader.Read(new StringReader(text), "regressions.jsonl"));

        Assert.Equal(3, error.Line);
        Assert.Equal("regressions.jsonl", error.SourceName);
        Assert.StartsWith("regressions.jsonl:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentFolderWithoutARegressionsFileHasNoCases()
    {
        var folder = Directory.CreateTempSubdirectory("regressions-").FullName;
        try
        {
            Assert.Empty(RegressionReader.ReadContentFolder(folder));
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
