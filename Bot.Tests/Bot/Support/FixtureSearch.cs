using KnowledgeBase.Configuration;
using KnowledgeBase.Indexing;
using KnowledgeBase.Search;

namespace Bot.Tests.Bot.Support;

/// <summary>
/// Real Lucene indexes built into temp folders, once per test run and shared read-only: one over the Bot fixture
/// catalogue (real catalogue records copied into Fixtures/bot-content), one over the repository's content on demand.
/// The folders are deleted when the test process exits.
/// </summary>
internal static class BotFixtures
{
    private static readonly Lazy<BuiltIndex> Fixture = new(() => BuiltIndex.Build(ContentPath));
    private static readonly Lazy<BuiltIndex> Repository = new(() => BuiltIndex.Build(global::Bot.Tests.Evaluation.RepositoryFiles.Content));

    public static string ContentPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "bot-content");

    /// <summary>Search over the fixture catalogue.</summary>
    public static IProcedureSearch Search => Fixture.Value.Search;

    public static string FixtureIndexPath => Fixture.Value.IndexPath;

    /// <summary>Search over the full repository content (2,642 procedures): slower to build, used by dev-set checks.</summary>
    public static IProcedureSearch RepositorySearch => Repository.Value.Search;

    public static string RepositoryIndexPath => Repository.Value.IndexPath;

    private sealed class BuiltIndex
    {
        private BuiltIndex(string indexPath, LuceneProcedureSearch search)
        {
            IndexPath = indexPath;
            Search = search;
        }

        public string IndexPath { get; }

        public LuceneProcedureSearch Search { get; }

        public static BuiltIndex Build(string contentPath)
        {
            var folder = Path.Combine(Path.GetTempPath(), "assistant-bot-index-" + Guid.NewGuid().ToString("N"));
            var result = new IndexBuilder().Build(contentPath, folder);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"fixture index build failed: {result.Error}");
            }

            var search = new LuceneProcedureSearch(folder, new SearchOptions());
            string? error = null;
            if (!search.IsLoaded && !search.TryReload(out error))
            {
                throw new InvalidOperationException($"fixture index did not load: {error}");
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                search.Dispose();
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                }
            };
            return new BuiltIndex(folder, search);
        }
    }
}
