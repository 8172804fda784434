using global::KnowledgeBase.Editing;

namespace Bot.Tests.KnowledgeBase.Editing;

public sealed class AuditLogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "audit-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Entries_appended_at_once_by_two_hosts_are_all_read_back_whole_newest_first()
    {
        using var first = new AuditLog(_folder);
        using var second = new AuditLog(_folder);
        var start = new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);
        var text = new string('x', 20_000);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).AppendAsync(
                new AuditEntry(start.AddSeconds(i), $"editor{i}", AuditEntry.Save, "synonyms.txt", text, text + i, null), CancellationToken.None))));

        var entries = await first.ReadRecentAsync(100, CancellationToken.None);
        Assert.Equal(40, entries.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"editor{i}").Order(), entries.Select(e => e.Editor).Order());
        Assert.All(entries, e => Assert.Equal(text + e.Editor[6..], e.After));
        Assert.Equal(3, (await second.ReadRecentAsync(3, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_folder_without_a_log_reads_as_no_entries() =>
        Assert.Empty(await new AuditLog(_folder).ReadRecentAsync(10, CancellationToken.None));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
