using Assistant.CommandLine;
using KnowledgeBase.Configuration;
using KnowledgeBase.Matching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Indexer;

/// <summary>Resolved settings every command shares: appsettings.json, environment overrides, then --content/--index.</summary>
internal sealed class IndexerContext
{
    public required KnowledgeBaseOptions Options { get; init; }

    /// <summary>Absolute content folder (holds procedures/ and synonyms.txt).</summary>
    public required string ContentPath { get; init; }

    /// <summary>Absolute index folder the Bot reads.</summary>
    public required string IndexPath { get; init; }

    public required IConfiguration Configuration { get; init; }

    /// <summary>The score below which the Bot declines (<c>KnowledgeBase:Matching:MinimumScore</c>), as configured for it.</summary>
    public float MinimumScore() =>
        (Configuration.GetSection(MatchingOptions.SectionName).Get<MatchingOptions>() ?? new MatchingOptions()).MinimumScore;

    public required ILoggerFactory LoggerFactory { get; init; }

    /// <summary>Standard input, for what must not appear on the command line (a password for <c>editor hash</c>).</summary>
    public TextReader In { get; init; } = Console.In;

    public TextWriter Out { get; init; } = Console.Out;

    public TextWriter Error { get; init; } = Console.Error;

    /// <summary>True when stdout is a terminal: long work shows a live progress display, otherwise plain milestone lines.</summary>
    public bool Interactive { get; init; } = !Console.IsOutputRedirected;

    /// <summary>Tables and progress, written to <see cref="Out"/>; plain text without escape sequences when not interactive.</summary>
    public IAnsiConsole Terminal => field ??= AnsiTerminal.Create(Out, Interactive);
}
