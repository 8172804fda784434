using Bot.Tests.KnowledgeBase.Search;
using KnowledgeBase;
using KnowledgeBase.Configuration;
using KnowledgeBase.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Tests.KnowledgeBase.Indexing;

public sealed class EnsureIndexTests : IDisposable
{
    private readonly TestCatalogue _catalogue = new();

    public void Dispose() => _catalogue.Dispose();

    private IHost CreateHost(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KnowledgeBase:ContentPath"] = _catalogue.ContentPath,
            ["KnowledgeBase:IndexPath"] = _catalogue.IndexPath,
            ["KnowledgeBase:ReloadIntervalSeconds"] = "0",
        }.Concat(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))));
        builder.AddKnowledgeBase();
        return builder.Build();
    }

    [Fact]
    public void FirstStartBuildsTheIndexFromContentAndSearchWorks()
    {
        using var host = CreateHost();
        var search = host.Services.GetRequiredService<IProcedureSearch>();
        Assert.False(search.IsLoaded);

        var built = host.EnsureIndex();

        Assert.True(built?.Succeeded);
        Assert.True(search.IsLoaded);
        Assert.Equal(TestCatalogue.Procedures.Count, search.Info!.ProcedureCount);
        Assert.Equal("1.000894", search.Search(new SearchRequest("dang ky ket hon"))[0].Procedure.Code);
        Assert.Null(host.EnsureIndex());
    }

    [Fact]
    public void InvalidSearchOptionsFailValidation()
    {
        using var host = CreateHost(("KnowledgeBase:Search:SnippetLength", "5"));
        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<KnowledgeBaseOptions>>().Value);
        Assert.Contains("SnippetLength", error.Message, StringComparison.Ordinal);
    }
}
