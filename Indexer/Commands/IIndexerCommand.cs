using System.CommandLine;

namespace Indexer.Commands;

/// <summary>One Indexer verb (import, validate, build, search, stats, eval, bench, report).</summary>
internal interface IIndexerCommand
{
    /// <summary>
    /// The verb with its typed arguments, options, help text and action. <paramref name="context"/> resolves the shared
    /// settings (appsettings.json, then --content/--index) from the parsed line when the action runs.
    /// </summary>
    Command Create(Func<ParseResult, IndexerContext> context);
}
