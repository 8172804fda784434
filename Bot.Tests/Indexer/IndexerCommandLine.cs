using Assistant.CommandLine;
using global::Indexer;

namespace Bot.Tests.Indexer;

/// <summary>
/// Runs an Indexer command line in-process through the real root command, as the Indexer binary would, with a test's
/// settings and captured output; --content and --index on the line override the test's folders.
/// </summary>
internal static class IndexerCommandLine
{
    public static Task<int> RunAsync(IndexerContext context, params string[] args)
    {
        var root = IndexerCli.CreateRootCommand(IndexerCli.Commands(), (content, index) => new IndexerContext
        {
            Options = context.Options,
            ContentPath = content?.FullName ?? context.ContentPath,
            IndexPath = index?.FullName ?? context.IndexPath,
            Configuration = context.Configuration,
            LoggerFactory = context.LoggerFactory,
            In = context.In,
            Out = context.Out,
            Error = context.Error,
            Interactive = context.Interactive,
        });
        return CommandLineInvocation.InvokeAsync(root, args, context.Out, context.Error, CancellationToken.None);
    }
}
