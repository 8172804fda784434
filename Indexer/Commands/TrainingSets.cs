using System.CommandLine;
using Assistant.CommandLine;
using KnowledgeBase.Content;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Indexing;

namespace Indexer.Commands;

/// <summary>
/// What the learning commands (<c>tune</c>, <c>learn-ranking</c>) share: the answerable questions of each set file
/// (the file name is the set), and a scratch index of the content to rank them on.
/// </summary>
internal static class TrainingSets
{
    public static Argument<string[]> SetsArgument() =>
        new("sets.jsonl") { Description = "Question sets to learn from (answerable questions are used); each file is one set", Arity = ArgumentArity.OneOrMore };

    public static Option<int> FoldsOption() => WholeNumberOption.Create("--folds", "Cross-validation folds", 5, 2, 20);

    /// <summary>The answerable questions of each file, or null after writing why not to the error output.</summary>
    public static List<TuningQuestion>? Read(IndexerContext context, string command, IEnumerable<string> paths)
    {
        var questions = new List<TuningQuestion>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (!File.Exists(full))
            {
                context.Error.WriteLine($"{command}: questions file not found: {full}");
                return null;
            }

            try
            {
                var set = Path.GetFileNameWithoutExtension(full);
                questions.AddRange(DevSetReader.ReadFile(full).Where(q => !q.IsOutOfScope).Select(q => new TuningQuestion(q, set)));
            }
            catch (DevSetFormatException e)
            {
                context.Error.WriteLine($"{command}: {e.Message}");
                return null;
            }
        }

        return questions;
    }

    /// <summary>A scratch index of the content folder, or null after writing why not to the error output.</summary>
    public static ScratchIndexSearch? Index(IndexerContext context, string command, CancellationToken cancellationToken)
    {
        var content = ContentLoader.Load(context.ContentPath, cancellationToken: cancellationToken);
        if (content.Procedures.Count == 0)
        {
            context.Error.WriteLine($"{command}: no procedures could be read from {context.ContentPath}");
            return null;
        }

        try
        {
            return ScratchIndexSearch.Create(content, context.ContentPath, context.Options.Search, cancellationToken: cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            context.Error.WriteLine($"{command}: {e.Message}");
            return null;
        }
    }
}
