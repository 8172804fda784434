using Bot.Tests.Bot.Support;

namespace Bot.Tests.Bot.Conversation;

/// <summary>
/// Declarations of a tax or a charge, on the real index: asked the charge, the citizen is never told it is free
/// because filing the declaration is (role-play round 10).
/// </summary>
public sealed class DeclaredChargeAnswerTests : IDisposable
{
    private readonly BotHarness _harness = new(search: BotFixtures.RepositorySearch);

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("mua nha thi le phi truoc ba bao nhieu", "1.007277")]
    [InlineData("mua ô tô cũ phải nộp lệ phí trước bạ bao nhiêu", "1.007700")]
    public async Task TheRegistrationTaxAskedIsNotStatedAsFree(string question, string code)
    {
        await _harness.Flow()
            .Send(question)
            .AssertReply(reply =>
            {
                Assert.Equal(code, reply.Code());
                var firstLine = reply.Text().Split('\n')[0];
                Assert.Contains("không ghi mức lệ phí trước bạ phải nộp", firstLine, StringComparison.Ordinal);
                Assert.DoesNotContain("— không mất lệ phí", firstLine, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task WhetherFilingATaxReturnCostsSomethingIsStillItsFee()
    {
        await _harness.Flow()
            .Send("quyết toán thuế thu nhập cá nhân có mất phí không")
            .AssertReply(reply =>
            {
                Assert.Equal("Fee", reply.AspectName());
                Assert.Contains("— không mất lệ phí", reply.Text().Split('\n')[0], StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task WhereToDeclareTheRegistrationTaxIsAPlaceQuestion()
    {
        await _harness.Flow()
            .Send("mua xe may moi o dai ly, khai nop le phi truoc ba cho xe o dau vay")
            .AssertReply(reply =>
            {
                Assert.Equal("Where", reply.AspectName());
                Assert.Contains("cơ quan thuế", reply.Text().Split('\n')[0], StringComparison.Ordinal);
            })
            .StartTestAsync();
    }
}
