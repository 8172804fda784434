using KnowledgeBase.Configuration;
using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Search;

/// <summary>One built index of <see cref="TestCatalogue"/> shared by the read-only search tests of a class.</summary>
public sealed class BuiltCatalogueFixture : IDisposable
{
    public BuiltCatalogueFixture()
    {
        var result = Catalogue.Build();
        Assert.True(result.Succeeded, result.Error);
        Search = new LuceneProcedureSearch(Catalogue.IndexPath, new SearchOptions());
    }

    public TestCatalogue Catalogue { get; } = new();

    public LuceneProcedureSearch Search { get; }

    public void Dispose()
    {
        Search.Dispose();
        Catalogue.Dispose();
    }
}
