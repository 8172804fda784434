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
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"code\": \"1.001456\"", "không phải JSON hợp lệ")]
    [InlineData("[\"Làm hộ chiếu\"]", "phải là một đối tượng JSON")]
    [InlineData("{\"code\": \"1.001456\"}", "\"question\" phải là một chuỗi không rỗng")]
    [InlineData("{\"question\": \"  \", \"code\": \"1.001456\"}", "\"question\" phải là một chuỗi không rỗng")]
    [InlineData("{\"question\": \"Làm hộ chiếu\"}", "Hãy ghi thủ tục cần ra bằng \"code\"")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"outOfScope\": false}", "Hãy ghi thủ tục cần ra bằng \"code\"")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"code\": \"1.001456\", \"outOfScope\": true}", "không được có cả hai")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"code\": 1001456}", "\"code\" phải là một chuỗi")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"outOfScope\": \"yes\"}", "\"outOfScope\" phải là true hoặc false")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"code\": \"1.001456\", \"added\": \"06/12/2026\"}", "yyyy-MM-dd, nhưng đang là '06/12/2026'")]
    public void MalformedLineIsReportedWithFileAndLineNumber(string badLine, string problem)
    {
        var text = "{\"question\": \"Đăng ký kết hôn\", \"code\": \"1.000894\"}\n\n" + badLine + "\n";

        var error = Assert.Throws<RegressionFormatException>(() => RegressionReader.Read(new StringReader(text), "regressions.jsonl"));

        Assert.Equal(3, error.Line);
        Assert.Equal("regressions.jsonl", error.SourceName);
        Assert.StartsWith("regressions.jsonl:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{question: \"Làm hộ chiếu\", \"code\": \"1.001456\"}", "tên trường phải đặt trong dấu nháy kép, ví dụ \"question\" (ở ký tự thứ 2)")]
    [InlineData("{\"question\" \"Làm hộ chiếu\"}", "thiếu dấu ':' sau tên trường (ở ký tự thứ 13)")]
    [InlineData("{\"question\": Làm hộ chiếu}", "giá trị không hợp lệ; chữ phải đặt trong dấu nháy kép")]
    [InlineData("{\"question\": \"Làm hộ chiếu\" \"code\": \"1.001456\"}", "thiếu dấu phẩy giữa hai trường, hoặc thừa ký tự sau một giá trị (ở ký tự thứ 29)")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"code\": \"1.001456\",}", "thừa dấu phẩy ngay trước '}' hoặc ']'")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"code\": \"1.001456\"}}", "thừa ký tự sau dấu '}' đóng dòng")]
    [InlineData("{\"question\": \"Làm hộ chiếu\", \"code\": \"1.001456\"", "dòng kết thúc khi chưa đóng dấu nháy kép, '}' hoặc ']'")]
    [InlineData("{\"question\": \"Làm hộ chiếu\\q\", \"code\": \"1.001456\"}", "chuỗi có dấu '\\' hoặc ký tự điều khiển không hợp lệ")]
    public void ALineThatIsNotJsonIsExplainedInVietnameseWithTheCharacterWhereItBreaks(string badLine, string problem)
    {
        var error = Assert.Throws<RegressionFormatException>(() => RegressionReader.Read(new StringReader(badLine), "regressions.jsonl"));

        Assert.StartsWith("Dòng này không phải JSON hợp lệ: " + problem, error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Expected", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
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
