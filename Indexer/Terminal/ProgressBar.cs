namespace Indexer.Terminal;

/// <summary>
/// Reports long work: a redrawn bar on a terminal, a plain line per stage (and every tenth) when output is
/// redirected, so CI logs stay readable. Reports may come from several threads.
/// </summary>
internal sealed class ProgressBar(TextWriter output, bool interactive) : IDisposable
{
    private const int Width = 30;
    private readonly Lock _lock = new();
    private string? _stage;
    private int _lastTenth = -1;
    private bool _drawn;

    public void Report(string stage, int done, int total)
    {
        lock (_lock)
        {
            if (interactive)
            {
                Draw(stage, done, total);
                return;
            }

            var tenth = total > 0 ? done * 10 / total : -1;
            if (stage != _stage || (tenth != _lastTenth && tenth >= 0))
            {
                output.WriteLine(total > 0 ? $"{stage}: {done}/{total}" : $"{stage}: {done}");
            }

            _stage = stage;
            _lastTenth = tenth;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_drawn)
            {
                output.WriteLine();
                _drawn = false;
            }
        }
    }

    private void Draw(string stage, int done, int total)
    {
        var text = total > 0
            ? $"\r{stage,-10} [{new string('#', done * Width / total).PadRight(Width, '.')}] {done,5}/{total}"
            : $"\r{stage,-10} {done,5}";
        output.Write(text);
        _drawn = true;
    }
}
