using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeBase.Privacy;

namespace KnowledgeBase.Feedback;

/// <summary>
/// Append-only JSON Lines log of feedback and unanswered questions, one file per month under a data folder.
/// Every question is masked again on the way in and cut to <see cref="MaxQuestionLength"/> characters, so no caller
/// can store personal data or a pasted book by accident; a month's file rolls over at <see cref="MaxFileBytes"/> and
/// the oldest files go once the folder holds more than <see cref="MaxTotalBytes"/>.
/// </summary>
public sealed class FeedbackLog : IDisposable
{
    public const int MaxQuestionLength = 300;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly SemaphoreSlim _gate = new(1, 1);

    public FeedbackLog(string folder, long maxFileBytes = 8 * 1024 * 1024, long maxTotalBytes = 256 * 1024 * 1024)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFileBytes, 1024);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTotalBytes, maxFileBytes);
        Folder = Path.GetFullPath(folder);
        MaxFileBytes = maxFileBytes;
        MaxTotalBytes = maxTotalBytes;
    }

    public string Folder { get; }

    public long MaxFileBytes { get; }

    public long MaxTotalBytes { get; }

    public async Task AppendAsync(FeedbackRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var question = PersonalDataMasker.Mask(record.Question);
        var safe = record with { Question = question.Length <= MaxQuestionLength ? question : question[..MaxQuestionLength] + "…" };
        var line = JsonSerializer.Serialize(safe, Json) + "\n";
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Folder);
            var path = CurrentFile(safe.Time);
            TrimOldest();
            await using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, useAsync: true);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(line), cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The month's file, or its next part once the current one is full ("feedback-2026-12.1.jsonl").</summary>
    private string CurrentFile(DateTimeOffset time)
    {
        var month = $"feedback-{time.UtcDateTime:yyyy-MM}";
        for (var part = 0; ; part++)
        {
            var path = Path.Combine(Folder, part == 0 ? month + ".jsonl" : $"{month}.{part}.jsonl");
            var info = new FileInfo(path);
            if (!info.Exists || info.Length < MaxFileBytes)
            {
                return path;
            }
        }
    }

    /// <summary>Removes the oldest files while the folder holds more than the cap: the log never fills the disk.</summary>
    private void TrimOldest()
    {
        var files = new DirectoryInfo(Folder).GetFiles("*.jsonl").OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        var total = files.Sum(f => f.Length);
        foreach (var file in files)
        {
            if (total <= MaxTotalBytes - MaxFileBytes)
            {
                break;
            }

            total -= file.Length;
            file.Delete();
        }
    }

    /// <summary>Reads every record in the folder, oldest file first; unreadable lines are counted, not fatal.</summary>
    public static FeedbackReadResult ReadAll(string folder)
    {
        var records = new List<FeedbackRecord>();
        var skipped = 0;
        if (!Directory.Exists(folder))
        {
            return new(records, skipped);
        }

        var files = Directory.GetFiles(folder, "*.jsonl");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    var record = JsonSerializer.Deserialize<FeedbackRecord>(line, Json);
                    if (record is null || string.IsNullOrEmpty(record.Kind))
                    {
                        skipped++;
                        continue;
                    }

                    records.Add(record);
                }
                catch (JsonException)
                {
                    skipped++;
                }
            }
        }

        return new(records, skipped);
    }

    public void Dispose() => _gate.Dispose();
}

public sealed record FeedbackReadResult(IReadOnlyList<FeedbackRecord> Records, int SkippedLines);
