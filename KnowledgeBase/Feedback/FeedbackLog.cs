using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeBase.Privacy;

namespace KnowledgeBase.Feedback;

/// <summary>
/// Append-only JSON Lines log of feedback and unanswered questions, one file per month under a data folder.
/// Every question is masked again on the way in, so no caller can store personal data by accident.
/// </summary>
public sealed class FeedbackLog : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly SemaphoreSlim _gate = new(1, 1);

    public FeedbackLog(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    public string Folder { get; }

    public async Task AppendAsync(FeedbackRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var safe = record with { Question = PersonalDataMasker.Mask(record.Question) };
        var line = JsonSerializer.Serialize(safe, Json) + "\n";
        var path = Path.Combine(Folder, $"feedback-{safe.Time.UtcDateTime:yyyy-MM}.jsonl");
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Folder);
            await using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, useAsync: true);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(line), cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
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
