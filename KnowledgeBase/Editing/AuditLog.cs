using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeBase.IO;

namespace KnowledgeBase.Editing;

/// <summary>
/// The append-only record of editors' changes (<c>edits.jsonl</c>, JSON Lines) in a folder every host shares. Each
/// entry is one write under an exclusive file lock, retried while another host holds it, so entries from several
/// hosts never interleave (see <see cref="SharedFile"/>).
/// </summary>
public sealed class AuditLog : IDisposable
{
    public const string FileName = "edits.jsonl";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly SemaphoreSlim _gate = new(1, 1);

    public AuditLog(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, FileName);

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, Json) + "\n");
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Folder);
            await using var stream = await SharedFile.OpenAsync(FilePath, FileMode.Append, FileAccess.Write, FileShare.None, cancellationToken);
            await stream.WriteAsync(line, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The newest entries first, at most <paramref name="max"/>; a line another tool broke is skipped.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadRecentAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        if (!File.Exists(FilePath))
        {
            return [];
        }

        var lines = new List<string>();
        await using (var stream = await SharedFile.OpenAsync(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, cancellationToken))
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                lines.Add(line);
            }
        }

        var entries = new List<AuditEntry>(Math.Min(max, lines.Count));
        for (var i = lines.Count - 1; i >= 0 && entries.Count < max; i--)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize<AuditEntry>(lines[i], Json) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (JsonException)
            {
                // Kept in the file for whoever repairs it; the page shows the rest.
            }
        }

        return entries;
    }

    public void Dispose() => _gate.Dispose();
}
