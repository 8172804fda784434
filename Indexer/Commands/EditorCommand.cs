using System.CommandLine;
using Microsoft.AspNetCore.Identity;

namespace Indexer.Commands;

/// <summary>
/// <c>editor hash</c>: reads a password from standard input (never the command line, which shells keep in their
/// history) and prints its ASP.NET Core Identity hash, for an editor account in the settings.
/// </summary>
internal sealed class EditorCommand : IIndexerCommand
{
    public Command Create(Func<ParseResult, IndexerContext> context)
    {
        var hash = new Command("hash", "Read a password from standard input and print its hash (ASP.NET Core Identity's PasswordHasher)");
        hash.SetAction(parse => Hash(context(parse)));
        return new Command("editor", "Editor accounts") { hash };
    }

    private static int Hash(IndexerContext context)
    {
        var password = context.In.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            context.Error.WriteLine("editor hash: the password is empty; type it on standard input, e.g. read -rs p && printf '%s\\n' \"$p\" | Indexer editor hash");
            return 2;
        }

        // The default hasher ignores the user object: a hash made here verifies for any account type.
        context.Out.WriteLine(new PasswordHasher<object>().HashPassword(new object(), password));
        return 0;
    }
}
