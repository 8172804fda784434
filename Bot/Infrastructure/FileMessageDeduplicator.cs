using System.Globalization;
using System.Text;

namespace Bot.Infrastructure;

/// <summary>
/// In-process marks that survive a restart, for one instance without Redis: each new mark and each forget is appended
/// to a log file, which is read back at start (expired marks dropped) and rewritten when it holds mostly dead lines.
/// A write failure is logged and the mark kept in memory: the webhook still answers, only restart safety is lost.
/// </summary>
public sealed class FileMessageDeduplicator : IMessageDeduplicator, IDisposable
{
    private const char Separator = '\t';

    private readonly InMemoryMessageDeduplicator _marks;
    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private StreamWriter? _log;
    private int _lines;

    public FileMessageDeduplicator(string path, TimeProvider time, ILogger<FileMessageDeduplicator> logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _path = path;
        _time = time;
        _logger = logger;
        _marks = new InMemoryMessageDeduplicator(time);
        var restored = Load();
        lock (_gate)
        {
            Compact();
        }

        _logger.LogInformation("Restored {Count} message marks from {Path}", restored, path);
    }

    public int Count => _marks.Count;

    public async Task<bool> TryMarkAsync(string key, TimeSpan ttl, CancellationToken ct)
    {
        var first = await _marks.TryMarkAsync(key, ttl, ct);
        if (first)
        {
            var expiry = (_time.GetUtcNow() + ttl).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            Append("m" + Separator + expiry + Separator + Uri.EscapeDataString(key));
        }

        return first;
    }

    public async Task ForgetAsync(string key, CancellationToken ct)
    {
        await _marks.ForgetAsync(key, ct);
        Append("f" + Separator + Uri.EscapeDataString(key));
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _log?.Dispose();
            _log = null;
        }
    }

    private int Load()
    {
        if (!File.Exists(_path))
        {
            return 0;
        }

        var marks = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var unreadable = 0;
        foreach (var line in File.ReadLines(_path))
        {
            var fields = line.Split(Separator);
            if (fields is ["m", var expiry, var key] && long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
            {
                marks[Uri.UnescapeDataString(key)] = DateTimeOffset.FromUnixTimeMilliseconds(ms);
            }
            else if (fields is ["f", var forgotten])
            {
                marks.Remove(Uri.UnescapeDataString(forgotten));
            }
            else if (line.Length > 0)
            {
                unreadable++;
            }
        }

        if (unreadable > 0)
        {
            _logger.LogWarning("Skipped {Count} unreadable lines in {Path}", unreadable, _path);
        }

        var now = _time.GetUtcNow();
        var restored = 0;
        foreach (var (key, expiry) in marks)
        {
            if (expiry > now)
            {
                _marks.Restore(key, expiry);
                restored++;
            }
        }

        return restored;
    }

    private void Append(string line)
    {
        lock (_gate)
        {
            try
            {
                if (_log is null)
                {
                    return;
                }

                _log.WriteLine(line);
                _log.Flush();
                if (++_lines > Math.Max(4096, 2 * _marks.Count))
                {
                    Compact();
                }
            }
            catch (IOException ex)
            {
                _logger.LogWarning(ex, "Could not record a message mark in {Path}; it holds until the process restarts", _path);
            }
        }
    }

    /// <summary>Rewrites the log with the live marks only (write aside, then replace), and reopens it for appending.</summary>
    private void Compact()
    {
        _log?.Dispose();
        _log = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
            var fresh = _path + ".new";
            var lines = _marks.Live(_time.GetUtcNow())
                .Select(mark => "m" + Separator + mark.Value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + Separator + Uri.EscapeDataString(mark.Key))
                .ToList();
            File.WriteAllLines(fresh, lines, Encoding.UTF8);
            File.Move(fresh, _path, overwrite: true);
            _lines = lines.Count;
            _log = new StreamWriter(new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Message marks cannot be written to {Path}; they will not survive a restart", _path);
        }
    }
}
