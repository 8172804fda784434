using Bot.Answers;
using Bot.Tests.Bot.Support;

namespace Bot.Tests.Bot.Conversation;

public sealed class LlmPathTests
{
    [Fact]
    public async Task EnabledLlmTextIsSentAndTheReplySaysItCameFromTheLlm()
    {
        var llm = new ScriptedLlm(request => new LlmAnswer($"Theo danh mục, {request.Sources[0].Procedure.Name} ({request.Sources[0].Procedure.Code}) …", [request.Sources[0].Procedure.Code]));
        using var harness = new BotHarness(llm);

        await harness.Flow()
            .Send("lệ phí đăng ký thường trú")
            .AssertReply(reply =>
            {
                Assert.Equal("llm", reply.AnswerPath());
                Assert.StartsWith("Theo danh mục, Đăng ký thường trú (1.004222)", reply.Text());
            })
            .StartTestAsync();

        var request = Assert.Single(llm.Requests);
        Assert.Contains("trực tiếp **20.000 đồng**", request.ExtractiveAnswer);
        Assert.Equal("lệ phí đăng ký thường trú", request.Question);
    }

    [Fact]
    public async Task DecliningOrFailingLlmFallsBackToTheExtractiveAnswer()
    {
        using var declining = new BotHarness(new ScriptedLlm(_ => null));
        using var failing = new BotHarness(new ScriptedLlm(_ => throw new HttpRequestException("model down")));

        foreach (var harness in new[] { declining, failing })
        {
            await harness.Flow()
                .Send("lệ phí đăng ký thường trú")
                .AssertReply(reply =>
                {
                    Assert.Equal("extractive", reply.AnswerPath());
                    Assert.Contains("trực tiếp **20.000 đồng**", reply.Text());
                })
                .StartTestAsync();
        }
    }

    private sealed class ScriptedLlm(Func<LlmAnswerRequest, LlmAnswer?> answer) : ILlmAnswerer
    {
        public List<LlmAnswerRequest> Requests { get; } = [];

        public bool IsEnabled => true;

        public Task<LlmAnswer?> TryAnswerAsync(LlmAnswerRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(answer(request));
        }
    }
}
