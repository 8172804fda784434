using Spectre.Console;

namespace Assistant.CommandLine;

/// <summary>The Spectre.Console console a tool writes tables and progress to, over the given output.</summary>
internal static class AnsiTerminal
{
    // Redirected output has no terminal width; Spectre would assume 80 columns and wrap the wider tables in a log.
    private const int RedirectedWidth = 200;

    public static IAnsiConsole Create(TextWriter output, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            // Redirected (CI, a file, a test): plain text only, no escape sequences and no redrawn lines.
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!interactive)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
