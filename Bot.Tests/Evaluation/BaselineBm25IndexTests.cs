using KnowledgeBase.Evaluation;
using KnowledgeBase.Procedures;

namespace Bot.Tests.Evaluation;

public sealed class BaselineBm25IndexTests
{
    private static readonly Procedure[] Procedures =
    [
        Make("1.014064", "Cấp lại thẻ căn cước", "Công dân bị mất thẻ căn cước nộp tờ khai tại Công an cấp xã."),
        Make("1.001456", "Cấp hộ chiếu phổ thông ở trong nước", "Nộp tờ khai đề nghị cấp hộ chiếu tại Công an cấp tỉnh."),
        Make("1.000894", "Thủ tục đăng ký kết hôn", "Hai bên nam, nữ nộp tờ khai đăng ký kết hôn tại Ủy ban nhân dân cấp xã."),
    ];

    [Fact]
    public void AccentedQuestionFindsTheProcedureByNameAndText()
    {
        using var index = new BaselineBm25Index(Procedures);

        Assert.Equal(3, index.Count);
        Assert.Equal("1.014064", index.Search("mất thẻ căn cước thì làm lại ở đâu?")[0]);
        Assert.Equal("1.000894", index.Search("đăng ký kết hôn cần gì")[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*** ??? (((")]
    [InlineData("the AND OR NOT")]
    [InlineData("hộ chiếu\" OR title:x~2 [a TO z]")]
    public void GarbageOrLuceneSyntaxIsSearchedAsTextWithoutThrowing(string question)
    {
        using var index = new BaselineBm25Index(Procedures);

        var codes = index.Search(question);

        Assert.All(codes, c => Assert.Contains(c, Procedures.Select(p => p.Code)));
    }

    [Fact]
    public void PlainAnalyzerDoesNotFoldDiacritics()
    {
        // The baseline is deliberately plain: this is the gap the Vietnamese search has to close.
        using var index = new BaselineBm25Index(Procedures);

        Assert.Empty(index.Search("ket hon"));
    }

    private static Procedure Make(string code, string name, string steps) => new()
    {
        Code = code,
        Name = name,
        Sections =
        [
            new ProcedureSection { Kind = SectionKind.Steps, Heading = "Trình tự thực hiện", Markdown = steps, Text = steps },
        ],
    };
}
