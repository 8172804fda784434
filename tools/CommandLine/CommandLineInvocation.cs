using System.CommandLine;
using System.CommandLine.Invocation;

namespace Assistant.CommandLine;

/// <summary>
/// Runs a System.CommandLine root command the way every tool of this repository does: parse errors (an unknown
/// command or option, a missing or invalid value) go to the error writer with a pointer to --help and exit with
/// <see cref="UsageError"/>; cancellation exits with <see cref="Cancelled"/>; other exit codes are the command's own.
/// </summary>
internal static class CommandLineInvocation
{
    public const int UsageError = 2;
    public const int Cancelled = 130;

    public static async Task<int> InvokeAsync(Command root, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync(problem.Message);
            }

            var command = parse.CommandResult.Command == root ? root.Name : $"{root.Name} {parse.CommandResult.Command.Name}";
            await error.WriteLineAsync($"Run '{command} --help' for usage.");
            return UsageError;
        }

        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Ctrl+C cancels the caller's token; the command stops at a safe point instead of being cut off.
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled");
            return Cancelled;
        }
    }
}
