using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeBase.IO;

namespace KnowledgeBase.Feedback;

/// <summary>What an editor did with an inbox item.</summary>
public static class InboxStatuses
{
    /// <summary>Attached to a procedure (as an alias or a synonym rule); a regression case keeps it fixed.</summary>
    public const string Resolved = "resolved";

    /// <summary>Not something the assistant should answer; a regression case keeps it declined.</summary>
    public const string OutOfScope = "out-of-scope";

    /// <summary>Noise (a test message, a greeting, gibberish): hidden, nothing changed.</summary>
    public const string Dismissed = "dismissed";
}

/// <summary>
/// The decision on one wording (by its folded key, see <see cref="FeedbackGrouping.Key"/>): records of that wording up
/// to <see cref="Time"/> are handled; the same wording asked again later shows up again, since the fix did not hold.
/// </summary>
public sealed record InboxDecision(string Key, string Status, DateTimeOffset Time, string Editor, string? Code = null);

/// <summary>
/// The inbox's decisions, in a small JSON file next to the feedback log (<c>inbox-decisions.json</c>; the log only
/// reads and trims <c>*.jsonl</c>). Several Bot instances share the folder: a change takes an exclusive lock file,
/// reads the current decisions, adds its own and replaces the file atomically, so no instance's decision is lost.
/// </summary>
public sealed class InboxDecisions
{
    public const string FileName = "inbox-decisions.json";
    private const string LockName = ".inbox-decisions.lock";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public InboxDecisions(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, FileName);

    /// <summary>The latest decision per wording; empty when none was taken (or the file is unreadable, which is logged by the caller's view).</summary>
    public IReadOnlyDictionary<string, InboxDecision> Read()
    {
        if (!File.Exists(FilePath))
        {
            return new Dictionary<string, InboxDecision>(StringComparer.Ordinal);
        }

        var decisions = JsonSerializer.Deserialize<List<InboxDecision>>(File.ReadAllText(FilePath), Json) ?? [];
        return decisions.GroupBy(d => d.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Time)!, StringComparer.Ordinal);
    }

    /// <summary>Records the same decision for every wording of an item.</summary>
    public async Task RecordAsync(IEnumerable<InboxDecision> decisions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        Directory.CreateDirectory(Folder);
        await using var gate = await SharedFile.OpenAsync(Path.Combine(Folder, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, cancellationToken);
        var merged = new Dictionary<string, InboxDecision>(Read(), StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            merged[decision.Key] = decision;
        }

        AtomicFile.WriteAllText(FilePath, JsonSerializer.Serialize(merged.Values.OrderBy(d => d.Key, StringComparer.Ordinal).ToList(), Json));
    }

    /// <summary>Whether a record is already handled: a decision on its wording taken at or after the time it was asked.</summary>
    public static bool IsHandled(FeedbackRecord record, IReadOnlyDictionary<string, InboxDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(decisions);
        return decisions.TryGetValue(FeedbackGrouping.Key(record.Question), out var decision) && record.Time <= decision.Time;
    }
}
