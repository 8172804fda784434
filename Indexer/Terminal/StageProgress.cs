using Spectre.Console;

namespace Indexer.Terminal;

/// <summary>
/// One Spectre progress task per stage of long work (loading, indexing, publishing …); a new stage completes the
/// earlier ones. A stage without a known total shows a running count on a terminal. Redirected output gets Spectre's
/// plain milestone lines, and each stage's start and end are drawn at once so short stages are not skipped.
/// Reports may come from several threads.
/// </summary>
internal sealed class StageProgress(ProgressContext context, bool interactive)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

    public void Report(string stage, int done, int total)
    {
        lock (_lock)
        {
            if (!_tasks.TryGetValue(stage, out var task))
            {
                foreach (var earlier in _tasks.Values)
                {
                    Complete(earlier);
                }

                task = context.AddTask(Markup.Escape(stage));
                _tasks.Add(stage, task);
                context.Refresh();
            }

            if (total > 0)
            {
                task.IsIndeterminate = false;
                task.MaxValue = total;
                task.Value = done;
            }
            else
            {
                task.IsIndeterminate = true;
                if (interactive)
                {
                    task.Description = Markup.Escape($"{stage} {done}");
                }
            }
        }
    }

    /// <summary>Marks every stage finished, so the last one does not stay at its last reported value.</summary>
    public void CompleteAll()
    {
        lock (_lock)
        {
            foreach (var task in _tasks.Values)
            {
                Complete(task);
            }

            context.Refresh();
        }
    }

    private static void Complete(ProgressTask task)
    {
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
    }
}
