namespace Bot.Tests.Evaluation;

/// <summary>Files of the checkout the tests run from: the dev set and the real catalogue content.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string DevSet => Path.Combine(Root, "Bot.Tests", "Evaluation", "devset.jsonl");

    /// <summary>Questions written without looking at the search (see docs/evaluation.md); never tune on its half B.</summary>
    public static string HeldOutSet => Path.Combine(Root, "Bot.Tests", "Evaluation", "heldout.jsonl");

    public static string Content => Path.Combine(Root, "content");

    /// <summary>Citizen conversations with the facts a reply must state (session 6, written blind from the catalogue).</summary>
    public static string AnswersDevSet => Path.Combine(Root, "Bot.Tests", "Evaluation", "answers-dev.jsonl");

    /// <summary>Written with the dev set, never read while tuning.</summary>
    public static string AnswersHeldOutSet => Path.Combine(Root, "Bot.Tests", "Evaluation", "answers-heldout.jsonl");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Assistant.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Assistant.sln above {AppContext.BaseDirectory}");
    }
}
