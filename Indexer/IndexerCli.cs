using System.Text;
using Indexer.Commands;
using KnowledgeBase.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Indexer;

/// <summary>Parses the verb and the shared --content/--index options, then runs the command.</summary>
internal static class IndexerCli
{
    public static async Task<int> RunAsync(string[] args, IReadOnlyList<IIndexerCommand> commands, CancellationToken cancellationToken)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var rest = new List<string>();
        string? content = null, index = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--content" when i + 1 < args.Length:
                    content = args[++i];
                    break;
                case "--index" when i + 1 < args.Length:
                    index = args[++i];
                    break;
                case "--content" or "--index":
                    await Console.Error.WriteLineAsync($"{args[i]} needs a folder");
                    return 2;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        var command = rest.Count > 0 ? commands.FirstOrDefault(c => c.Name == rest[0]) : null;
        if (command is null)
        {
            PrintUsage(commands, rest.FirstOrDefault());
            return rest.Count == 0 || rest[0] is "help" or "--help" or "-h" ? 0 : 2;
        }

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

        var context = new IndexerContext
        {
            Options = options,
            ContentPath = content is null ? AssistantPaths.Resolve(options.ContentPath) : Path.GetFullPath(content),
            IndexPath = index is null ? AssistantPaths.Resolve(options.IndexPath) : Path.GetFullPath(index),
            Configuration = configuration,
            LoggerFactory = loggerFactory,
        };

        try
        {
            return await command.RunAsync(context, rest.Skip(1).ToArray(), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 130;
        }
    }

    private static void PrintUsage(IReadOnlyList<IIndexerCommand> commands, string? unknown)
    {
        if (unknown is not null && unknown is not ("help" or "--help" or "-h"))
        {
            Console.Error.WriteLine($"unknown command '{unknown}'");
        }

        Console.WriteLine("usage: Indexer <command> [--content <folder>] [--index <folder>] [args]");
        foreach (var command in commands)
        {
            Console.WriteLine($"  {command.Summary}");
        }
    }
}
