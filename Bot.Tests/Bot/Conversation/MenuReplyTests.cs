using Bot.Conversation;
using KnowledgeBase.Procedures;

namespace Bot.Tests.Bot.Conversation;

public sealed class MenuReplyTests
{
    private static readonly Procedure[] CardMenu =
    [
        new() { Code = "1.014061", Name = "Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên" },
        new() { Code = "1.014064", Name = "Cấp lại thẻ căn cước" },
        new() { Code = "1.014062", Name = "Cấp thẻ căn cước cho người dưới 14 tuổi" },
    ];

    private readonly MessageInterpreter _interpreter = new();

    [Theory]
    [InlineData("số 3", 2)]
    [InlineData("cái thứ hai", 1)]
    [InlineData("cai cuoi", 2)]
    [InlineData("chọn cái đầu tiên nhé", 0)]
    [InlineData("cho con tôi 10 tuổi", 2)]
    [InlineData("con toi 16 tuoi", 0)]
    [InlineData("cấp lại vì bị mất", 1)]
    [InlineData("dưới 14", 2)]
    public void ATypedReplyPicksTheOptionItDescribes(string reply, int expected)
    {
        Assert.Equal(expected, Choose(reply));
    }

    [Theory]
    [InlineData("asdkjh")]
    [InlineData("số 7")]
    [InlineData("thẻ căn cước")]
    [InlineData("tôi muốn đăng ký kết hôn lại thì sao")]
    public void AReplyThatDescribesNoOneOptionPicksNothing(string reply)
    {
        Assert.Null(Choose(reply));
    }

    private int? Choose(string reply) => MenuReply.Choose(reply, _interpreter.Interpret(reply).TopicWords, CardMenu);
}
