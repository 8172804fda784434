namespace Indexer.Commands;

/// <summary>One Indexer verb (import, validate, build, search, stats, eval, bench, report).</summary>
internal interface IIndexerCommand
{
    string Name { get; }

    /// <summary>One line for the usage text, e.g. "build    Build the index from content and switch to it atomically".</summary>
    string Summary { get; }

    /// <summary>Runs the verb. <paramref name="args"/> are the arguments after the verb, with --content/--index already removed.</summary>
    Task<int> RunAsync(IndexerContext context, IReadOnlyList<string> args, CancellationToken cancellationToken);
}
