using System.CommandLine;
using Assistant.CommandLine;
using Bot.Benchmarks.Load;
using KnowledgeBase.Configuration;
using KnowledgeBase.Search;

namespace Bot.Benchmarks;

/// <summary>
/// The benchmarks' command line: the turn-cost benchmark by default, a mode option (--components, --devset, --say,
/// --answers, --llm, --only assistant) for the other checks, and the <c>load</c> subcommand.
/// </summary>
internal static class BenchmarkCli
{
    private const string DefaultDevSet = "Bot.Tests/Evaluation/devset.jsonl";
    private const string DefaultAnswers = "Bot.Tests/Evaluation/answers-dev.jsonl";

    public static Command Create(IReadOnlyList<string> messages)
    {
        var clients = WholeNumberOption.Create("--clients", "Concurrent clients driving each host", 4, 1, 256);
        var seconds = WholeNumberOption.Create("--seconds", "Measured seconds per host", 10, 1, 120);
        var warmup = WholeNumberOption.Create("--warmup", "Warm-up seconds before the first round", 3, 0, 60);
        var rounds = WholeNumberOption.Create("--rounds", "Alternating rounds the measured time is split into", 3, 1, 20);
        var only = new Option<string?>("--only") { Description = "Drive one host alone, for attaching a profiler" };
        only.AcceptOnlyFromAmong("assistant");
        var noCache = new Option<bool>("--no-cache") { Description = "Search result cache off: every question costs a full search" };
        var components = new Option<bool>("--components") { Description = "Time per turn step (interpret, search, resolve, compose) without HTTP" };
        var devset = new Option<string?>("--devset")
        {
            Description = $"The bot's first reply to every question of a dev set (default {DefaultDevSet})",
            HelpName = "file",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var say = new Option<string[]>("--say")
        {
            Description = "One conversation's replies and buttons, printed as a citizen would read them",
            HelpName = "message",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var answers = new Option<string?>("--answers")
        {
            Description = $"The real bot over an answer set (default {DefaultAnswers}): direct answers, menus, wrong answers, facts",
            HelpName = "file",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var today = DateOption.Create(
            "--today", $"The date the bot believes it is, for --answers and --say (default {AnswerCheck.SetDate:yyyy-MM-dd}, the answer sets' date)");
        var misses = new Option<bool>("--misses") { Description = "With --answers: list every question that was not answered right" };
        var llm = new Option<bool>("--llm") { Description = "Per-turn latency without an LLM and with one pointed at an instant fake model" };
        var publish = new Option<bool>("--publish")
        {
            Description = "An editor's publish of the full content timed alone and while --clients send turns (--rounds publishes each); non-zero exit when a turn fails",
        };

        var root = new Command("Bot.Benchmarks", "Turn cost of the assistant against an echo bot and a bare endpoint, answer checks, and load tests.")
        {
            new System.CommandLine.Help.HelpOption(),
            clients, seconds, warmup, rounds, only, noCache, components, devset, say, answers, today, misses, llm, publish,
            LoadCommand.Create(messages),
        };
        root.SetAction(async (parse, cancellationToken) =>
        {
            var settings = Settings(parse.GetValue(noCache));
            if (parse.GetValue(components))
            {
                await using var host = await BenchmarkHosts.StartAssistantAsync(settings, cancellationToken);
                var search = host.App.Services.GetRequiredService<IProcedureSearch>();
                ComponentProfile.Run(search, messages, 20);
                ComponentProfile.Run(search, messages, 200);
                return 0;
            }

            if (Given(parse, devset))
            {
                await using var host = await BenchmarkHosts.StartAssistantAsync(settings, cancellationToken);
                await DevSetCheck.RunAsync(host.App.Services.GetRequiredService<IProcedureSearch>(), AssistantPaths.Resolve(parse.GetValue(devset) ?? DefaultDevSet));
                return 0;
            }

            if (Given(parse, say))
            {
                await using var host = await BenchmarkHosts.StartAssistantAsync(settings, cancellationToken);
                return await AnswerCheck.SayAsync(host.App.Services.GetRequiredService<IProcedureSearch>(), parse.GetRequiredValue(say), parse.GetValue(today) ?? AnswerCheck.SetDate, cancellationToken);
            }

            if (Given(parse, answers))
            {
                await using var host = await BenchmarkHosts.StartAssistantAsync(settings, cancellationToken);
                var file = AssistantPaths.Resolve(parse.GetValue(answers) ?? DefaultAnswers);
                return await AnswerCheck.RunAsync(host.App.Services.GetRequiredService<IProcedureSearch>(), file, parse.GetValue(today) ?? AnswerCheck.SetDate, parse.GetValue(misses), cancellationToken);
            }

            if (parse.GetValue(llm))
            {
                return await LlmOverhead.RunAsync(settings, messages, parse.GetValue(seconds), parse.GetValue(warmup), cancellationToken);
            }

            if (parse.GetValue(publish))
            {
                return await PublishBenchmark.RunAsync(settings, messages, parse.GetValue(clients), parse.GetValue(rounds), cancellationToken);
            }

            if (parse.GetValue(only) is not null)
            {
                return await TurnBenchmark.RunAssistantAloneAsync(settings, messages, parse.GetValue(clients), parse.GetValue(seconds), parse.GetValue(warmup), cancellationToken);
            }

            return await TurnBenchmark.RunAsync(
                settings, messages, parse.GetValue(clients), parse.GetValue(seconds), parse.GetValue(warmup), parse.GetValue(rounds), cancellationToken);
        });
        return root;
    }

    private static Dictionary<string, string?> Settings(bool noCache)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["KnowledgeBase:ContentPath"] = AssistantPaths.Resolve("content"),
            ["KnowledgeBase:IndexPath"] = AssistantPaths.Resolve("data/index"),
            ["Bot:FeedbackPath"] = Path.Combine(Path.GetTempPath(), "assistant-bench-feedback"),
        };

        // Every question searched afresh, as if no citizen had asked it before: the cost of a cache miss.
        if (noCache)
        {
            settings["KnowledgeBase:Search:ResultCacheSize"] = "0";
        }

        return settings;
    }

    private static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };
}
