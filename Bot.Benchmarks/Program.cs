using System.Globalization;
using System.Text;
using Bot.Benchmarks;
using KnowledgeBase.Configuration;

// Bot.Benchmarks [--clients N] [--seconds S] [--warmup S]
// Starts our bot, an echo bot on the same CloudAdapter and a bare minimal-API endpoint in this process, drives each
// with the same load in turn, and prints p50/p99 latency, turns per second and the ratio to the echo bot.
// Bot.Benchmarks load [--conversations N] [--think MIN-MAX] [--seconds T] [--saturation-seconds S] [--swap-index] ...
// Load test of the whole assistant over HTTP and Direct Line (see Load/LoadCommand.cs and docs/load.md).
Console.OutputEncoding = Encoding.UTF8;
var clients = IntArg("--clients", 4, 1, 256);
var seconds = IntArg("--seconds", 10, 1, 120);
var warmup = IntArg("--warmup", 3, 0, 60);
var onlyAt = Array.IndexOf(args, "--only");
var only = onlyAt >= 0 && onlyAt + 1 < args.Length ? args[onlyAt + 1] : null;

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};

var settings = new Dictionary<string, string?>
{
    ["MicrosoftAppId"] = "",
    ["KnowledgeBase:ContentPath"] = AssistantPaths.Resolve("content"),
    ["KnowledgeBase:IndexPath"] = AssistantPaths.Resolve("data/index"),
    ["Bot:FeedbackPath"] = Path.Combine(Path.GetTempPath(), "assistant-bench-feedback"),
};

// Every question searched afresh, as if no citizen had asked it before: the cost of a cache miss.
if (args.Contains("--no-cache"))
{
    settings["KnowledgeBase:Search:ResultCacheSize"] = "0";
}

// A conversation a citizen might have: questions naming a procedure, follow-ups, small talk.
string[] messages =
[
    "Làm lại căn cước bị mất ở phường mất bao lâu?",
    "còn lệ phí thì sao?",
    "đăng ký khai sinh cần giấy tờ gì",
    "nộp online được không?",
    "lệ phí đăng ký thường trú bao nhiêu",
    "dang ky ket hon can giay to gi",
    "cảm ơn",
    "cấp hộ chiếu phổ thông ở trong nước mất mấy ngày",
];

if (args.FirstOrDefault() == "load")
{
    return await Bot.Benchmarks.Load.LoadCommand.RunAsync(args, messages, cts.Token);
}

if (args.Contains("--components"))
{
    await using var host = await BenchmarkHosts.StartAssistantAsync(settings, cts.Token);
    var search = host.App.Services.GetRequiredService<KnowledgeBase.Search.IProcedureSearch>();
    ComponentProfile.Run(search, messages, 20);
    ComponentProfile.Run(search, messages, 200);
    return 0;
}

if (args.Contains("--devset"))
{
    await using var host = await BenchmarkHosts.StartAssistantAsync(settings, cts.Token);
    var search = host.App.Services.GetRequiredService<KnowledgeBase.Search.IProcedureSearch>();
    var at = Array.IndexOf(args, "--devset");
    var questions = at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : "Bot.Tests/Evaluation/devset.jsonl";
    await DevSetCheck.RunAsync(search, AssistantPaths.Resolve(questions));
    return 0;
}

if (args.Contains("--say"))
{
    // One conversation, for reading replies as a citizen would: Bot.Benchmarks --say "mất căn cước làm lại ở đâu" "còn lệ phí?"
    await using var host = await BenchmarkHosts.StartAssistantAsync(settings, cts.Token);
    var search = host.App.Services.GetRequiredService<KnowledgeBase.Search.IProcedureSearch>();
    var said = args.SkipWhile(a => a != "--say").Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
    return await AnswerCheck.SayAsync(search, said, AnswerCheck.SetDate, cts.Token);
}

if (args.Contains("--answers"))
{
    await using var host = await BenchmarkHosts.StartAssistantAsync(settings, cts.Token);
    var search = host.App.Services.GetRequiredService<KnowledgeBase.Search.IProcedureSearch>();
    var at = Array.IndexOf(args, "--answers");
    var file = at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : "Bot.Tests/Evaluation/answers-dev.jsonl";
    var todayAt = Array.IndexOf(args, "--today");
    var today = todayAt >= 0 && todayAt + 1 < args.Length ? DateOnly.ParseExact(args[todayAt + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture) : AnswerCheck.SetDate;
    return await AnswerCheck.RunAsync(search, AssistantPaths.Resolve(file), today, args.Contains("--misses"), cts.Token);
}

if (args.Contains("--llm"))
{
    return await LlmOverhead.RunAsync(settings, messages, seconds, warmup, cts.Token);
}

Console.WriteLine($"clients {clients}, warmup {warmup}s, measured {seconds}s per host in alternating rounds, {Environment.ProcessorCount} cores");
var results = new List<LoadResult>();
if (only == "assistant")
{
    // For profiling the assistant alone (attach dotnet-trace to this process).
    await using var alone = await BenchmarkHosts.StartAssistantAsync(settings, cts.Token);
    var result = await TurnLoad.RunAsync(alone, messages, clients, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds), cts.Token);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"assistant {result.Turns} turns, {result.Errors} errors, p50 {result.P50Ms:F2} ms, p99 {result.P99Ms:F2} ms, {result.TurnsPerSecond:F0} turns/s, {result.CpuMsPerTurn:F3} CPU ms/turn, {result.KbPerTurn:F1} KB allocated/turn"));
    return 0;
}

// The three hosts run side by side and are driven in alternating rounds, so a slow spell of the machine (other
// processes, thermal limits) falls on all of them rather than on whichever host happened to be measured then.
var rounds = IntArg("--rounds", 3, 1, 20);
await using var bare = await BenchmarkHosts.StartBareAsync(settings, cts.Token);
await using var echo = await BenchmarkHosts.StartEchoAsync(settings, cts.Token);
await using var assistant = await BenchmarkHosts.StartAssistantAsync(settings, cts.Token);
var perHost = new[] { bare, echo, assistant }.ToDictionary(h => h.Name, _ => new List<LoadResult>());
for (var round = 0; round < rounds; round++)
{
    foreach (var host in new[] { bare, echo, assistant })
    {
        var warm = TimeSpan.FromSeconds(round == 0 ? warmup : 1);
        perHost[host.Name].Add(await TurnLoad.RunAsync(host, messages, clients, warm, TimeSpan.FromSeconds((double)seconds / rounds), cts.Token));
    }
}

results.AddRange(perHost.Select(p => LoadResult.Combine(p.Key, p.Value)));

var echoRate = results.Single(r => r.Host == "echo").TurnsPerSecond;
Console.WriteLine($"{"host",-10} {"turns",8} {"errors",6} {"p50 ms",8} {"p99 ms",8} {"turns/s",9} {"x echo",7} {"CPU ms/turn",12} {"KB/turn",8}");
foreach (var r in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{r.Host,-10} {r.Turns,8} {r.Errors,6} {r.P50Ms,8:F2} {r.P99Ms,8:F2} {r.TurnsPerSecond,9:F0} {r.TurnsPerSecond / echoRate,7:F2} {r.CpuMsPerTurn,12:F3} {r.KbPerTurn,8:F1}"));
}

var ours = results.Single(r => r.Host == "assistant");
var pass = ours.P50Ms <= 5 && ours.P99Ms <= 20 && ours.TurnsPerSecond >= 1000 && ours.TurnsPerSecond >= 0.7 * echoRate && ours.Errors == 0;
Console.WriteLine(pass ? "targets met (p50 ≤ 5 ms, p99 ≤ 20 ms, ≥ 1000 turns/s, ≥ 0.7× echo)" : "targets NOT met (p50 ≤ 5 ms, p99 ≤ 20 ms, ≥ 1000 turns/s, ≥ 0.7× echo)");
return pass ? 0 : 1;

int IntArg(string name, int fallback, int min, int max)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value)
        ? Math.Clamp(value, min, max)
        : fallback;
}
