using System.Diagnostics;
using Bot.Llm;
using Bot.Llm.Grounding;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Bot.Tests.Bot.Llm;

/// <summary>
/// Measures what the LLM path adds to a turn on top of the model call: prompt building plus the guard.
/// Reports p50/p95 in the test output (target p50 ≤ 2 ms); timing is reported, never asserted.
/// </summary>
public sealed class LlmOverheadMeasurement(ITestOutputHelper output)
{
    private const string Reply =
        "Lệ phí cấp đổi thẻ căn cước là 50.000 đồng khi nộp trực tiếp và 25.000 đồng khi nộp trực tuyến (giảm 50%); " +
        "thời hạn 7 ngày làm việc; hồ sơ gồm 01 bản chính tờ khai [1.014064]. Bản sao trích lục: 8.000 đồng [2.000986].";

    [Fact]
    public void PromptBuildingAndGuardOverheadIsReported()
    {
        var builder = new LlmPromptBuilder(PromptTemplate.LoadEmbedded(),
            Options.Create(new LlmOptions { Endpoint = "http://127.0.0.1/v1", Model = "m" }));
        var guard = new GroundednessGuard();
        var request = LlmFixtures.Request("Đổi căn cước hết bao nhiêu tiền và bao lâu?");
        const int warmup = 200, runs = 2000;
        var samples = new double[runs];
        var promptLength = 0;

        for (var i = 0; i < warmup + runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var prompt = builder.Build(request);
            var verdict = guard.Check(Reply, request.Sources);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            Assert.True(verdict.IsGrounded, verdict.Reason);
            promptLength = prompt.Length;
            if (i >= warmup)
            {
                samples[i - warmup] = elapsed;
            }
        }

        output.WriteLine($"LLM path overhead (prompt + guard), {runs} runs: {Percentiles(samples)}; prompt {promptLength} chars");
    }

    [Fact]
    public async Task WholeCallAgainstAnInstantFakeModelIsReported()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Reply = Reply;
        await using var host = await LlmTestHost.StartAsync(server);
        var request = LlmFixtures.Request("Đổi căn cước hết bao nhiêu tiền và bao lâu?");
        const int warmup = 20, runs = 200;
        var samples = new double[runs];

        for (var i = 0; i < warmup + runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var answer = await host.Answerer.TryAnswerAsync(request, CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            Assert.NotNull(answer);
            if (i >= warmup)
            {
                samples[i - warmup] = elapsed;
            }
        }

        Assert.Equal(warmup + runs, host.Metrics.Snapshot()[LlmAnswerPath.Llm]);
        output.WriteLine($"LLM path, whole call over loopback HTTP to an instant fake model, {runs} runs: {Percentiles(samples)}");
    }

    private static string Percentiles(double[] samples)
    {
        Array.Sort(samples);
        return $"p50 {samples[samples.Length / 2]:F3} ms, p95 {samples[samples.Length * 95 / 100]:F3} ms, max {samples[^1]:F3} ms";
    }
}
