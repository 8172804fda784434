using global::Indexer;
using KnowledgeBase.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Indexer.Commands;

/// <summary>A temp content folder and a real <see cref="IndexerContext"/> whose output is captured; deleted on dispose.</summary>
internal sealed class IndexerTestContext : IDisposable
{
    public IndexerTestContext()
    {
        Root = Path.Combine(Path.GetTempPath(), "indexer-tests-" + Guid.NewGuid().ToString("N"));
        ContentPath = Path.Combine(Root, "content");
        Directory.CreateDirectory(ContentPath);
        Context = new IndexerContext
        {
            Options = new KnowledgeBaseOptions(),
            ContentPath = ContentPath,
            IndexPath = Path.Combine(Root, "index"),
            Configuration = new ConfigurationBuilder().Build(),
            LoggerFactory = NullLoggerFactory.Instance,
            Out = Out,
            Error = Error,
            Interactive = false,
        };
    }

    public string Root { get; }

    public string ContentPath { get; }

    public string ProceduresPath => Path.Combine(ContentPath, "procedures");

    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public IndexerContext Context { get; }

    public void Dispose()
    {
        Out.Dispose();
        Error.Dispose();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
