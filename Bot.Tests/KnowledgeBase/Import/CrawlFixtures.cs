using System.Text.Json;
using KnowledgeBase.Import;

namespace Bot.Tests.KnowledgeBase.Import;

/// <summary>Real records copied from the dichvucong crawl into Fixtures/dichvucong/&lt;ministry&gt;/&lt;code&gt;.json.</summary>
internal static class CrawlFixtures
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "dichvucong");

    public static string PathOf(string ministry, string code) => Path.Combine(Folder, ministry, code + ".json");

    public static CrawlRecord Load(string ministry, string code) =>
        JsonSerializer.Deserialize<CrawlRecord>(File.ReadAllText(PathOf(ministry, code)))!;
}
