using global::KnowledgeBase.Configuration;
using global::KnowledgeBase.Editing;
using Bot.Tests.KnowledgeBase.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.KnowledgeBase.Editing;

/// <summary>The small test catalogue in a temp folder, with content stores over it as separate hosts would have them.</summary>
internal sealed class EditingTestContent : IDisposable
{
    public EditingTestContent()
    {
        Catalogue = new TestCatalogue();
        AuditPath = Path.Combine(Catalogue.Root, "audit");
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
    }

    public TestCatalogue Catalogue { get; }

    public string ContentPath => Catalogue.ContentPath;

    public string AuditPath { get; }

    public FakeTimeProvider Time { get; }

    public KnowledgeBaseOptions Options => new() { ContentPath = ContentPath, IndexPath = Catalogue.IndexPath };

    /// <summary>A store with its own audit log object, as a second host sharing the folders would have.</summary>
    public ContentStore NewStore() =>
        new(Microsoft.Extensions.Options.Options.Create(Options), new AuditLog(AuditPath), Time, NullLogger<ContentStore>.Instance);

    public void Dispose() => Catalogue.Dispose();
}
