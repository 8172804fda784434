using System.CommandLine;
using System.CommandLine.Help;
using System.Text;
using Assistant.CommandLine;
using Indexer.Commands;
using KnowledgeBase.Configuration;
using KnowledgeBase.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Indexer;

/// <summary>
/// The Indexer's command line (System.CommandLine): the verbs, the shared --content/--index options, help, and the
/// exit codes scripts rely on: 0 success, 1 the work failed (e.g. content errors), 2 a usage error, 130 cancelled.
/// </summary>
internal static class IndexerCli
{
    /// <summary>Every verb, in the order the help lists them.</summary>
    public static IReadOnlyList<IIndexerCommand> Commands() =>
    [
        new ImportCommand(),
        new ValidateCommand(),
        new RefreshFactsCommand(),
        new BuildCommand(),
        new SearchCommand(),
        new StatsCommand(),
        new EvalCommand((context, content, cancellationToken) =>
            ScratchIndexSearch.Create(content, context.ContentPath, context.Options.Search, cancellationToken: cancellationToken)),
        new TuneCommand(),
        new LearnRankingCommand(),
        new BenchCommand(),
        new ReportCommand(),
        new EditorCommand(),
    ];

    /// <summary>Runs the Indexer with the settings from appsettings.json and the environment, writing to the console.</summary>
    public static async Task<int> RunAsync(string[] args, IReadOnlyList<IIndexerCommand> commands, CancellationToken cancellationToken)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var configuration = new ConfigurationBuilder()
            .AddAssistantSettings()
            .AddEnvironmentVariables()
            .Build();
        var options = configuration.GetSection(KnowledgeBaseOptions.SectionName).Get<KnowledgeBaseOptions>() ?? new KnowledgeBaseOptions();
        using var loggerFactory = LoggerFactory.Create(b => b
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            }));

        var root = CreateRootCommand(commands, (content, index) => new IndexerContext
        {
            Options = options,
            ContentPath = content?.FullName ?? AssistantPaths.Resolve(options.ContentPath),
            IndexPath = index?.FullName ?? AssistantPaths.Resolve(options.IndexPath),
            Configuration = configuration,
            LoggerFactory = loggerFactory,
        });
        return await CommandLineInvocation.InvokeAsync(root, args, Console.Out, Console.Error, cancellationToken);
    }

    /// <summary>
    /// The root command. <paramref name="context"/> receives the --content and --index folders when given
    /// (null otherwise) and returns the settings the verb runs with.
    /// </summary>
    public static Command CreateRootCommand(IEnumerable<IIndexerCommand> commands, Func<DirectoryInfo?, DirectoryInfo?, IndexerContext> context)
    {
        var content = new Option<DirectoryInfo?>("--content")
        {
            Description = "Content folder (procedures/ and synonyms.txt); overrides KnowledgeBase:ContentPath",
            HelpName = "folder",
            Recursive = true,
        };
        var index = new Option<DirectoryInfo?>("--index")
        {
            Description = "Index folder the Bot reads; overrides KnowledgeBase:IndexPath",
            HelpName = "folder",
            Recursive = true,
        };
        // Named explicitly rather than after the executable, so the help reads 'Indexer …' under 'dotnet run' and in tests too.
        var root = new Command("Indexer", "Imports, checks, indexes and measures the procedure catalogue the assistant answers from.")
        {
            new HelpOption(),
            content,
            index,
        };
        foreach (var command in commands)
        {
            root.Add(command.Create(parse => context(parse.GetValue(content), parse.GetValue(index))));
        }

        // 'Indexer' alone and 'Indexer help' print the help, as they always did.
        var help = new Command("help", "Show this help") { Hidden = true };
        help.SetAction(ShowRootHelp);
        root.Add(help);
        root.SetAction(ShowRootHelp);
        return root;
    }

    private static int ShowRootHelp(ParseResult parse) =>
        parse.RootCommandResult.Command.Parse(["--help"]).Invoke(parse.InvocationConfiguration);
}
