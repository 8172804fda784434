using Bot.Conversation;

namespace Bot.Tests.Bot.Conversation;

public sealed class MessageInterpreterTests
{
    private readonly MessageInterpreter _interpreter = new();

    [Theory]
    [InlineData("đóng bhxh tự nguyện, vừa sinh con xong thì nộp hồ sơ hưởng thai sản ở đâu, hạn chót bao lâu", new[] { Aspect.Where, Aspect.Deadline, Aspect.Time })]
    [InlineData("Vợ em sắp sinh, giờ muốn hưởng chế độ thai sản thì nộp hồ sơ cho ai", new[] { Aspect.Where })]
    [InlineData("nộp hồ sơ gồm những gì", new[] { Aspect.Documents })]
    [InlineData("ho kinh doanh chuyen dia diem, han bao lau", new[] { Aspect.Deadline })]
    public void HandingInTheFileIsNotAQuestionAboutItsPapers(string message, Aspect[] expected)
    {
        Assert.Equal(expected, _interpreter.Interpret(message).Aspects);
    }
}
