using Bot.Llm;
using KnowledgeBase.Configuration;
using KnowledgeBase.Indexing;
using KnowledgeBase.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Bot.Tests.Bot.Llm;

public sealed class KnowledgeBasePluginTests : IAsyncLifetime
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "llm-plugin-" + Guid.NewGuid().ToString("N"));
    private FakeChatServer _server = null!;
    private LlmTestHost _host = null!;

    private Kernel Kernel => _host.Services.GetRequiredService<Kernel>();

    public async Task InitializeAsync()
    {
        // A real index over the fixture procedures, built the way the Indexer builds it.
        var contentPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "llm");
        var build = new IndexBuilder().Build(contentPath, _indexPath);
        Assert.True(build.Succeeded, build.Error);
        _server = await FakeChatServer.StartAsync();
        _host = await LlmTestHost.StartAsync(
            new Dictionary<string, string?> { ["Llm:Endpoint"] = _server.Endpoint, ["Llm:Model"] = "fake-model" },
            // Created by the container so the host disposes it (closing the index) before the folder is deleted.
            services => services.AddSingleton<IProcedureSearch>(_ => new LuceneProcedureSearch(_indexPath, new SearchOptions())));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
        Directory.Delete(_indexPath, recursive: true);
    }

    [Fact]
    public async Task SearchFunctionFindsProceduresByCitizenWording()
    {
        var result = await Kernel.InvokeAsync(KnowledgeBasePlugin.PluginName, "search_procedures", new() { ["query"] = "cap doi can cuoc" });

        var matches = result.GetValue<IReadOnlyList<ProcedureMatch>>()!;
        Assert.Equal("1.014064", matches[0].Code);
        Assert.Equal("Cấp đổi thẻ căn cước", matches[0].Name);
    }

    [Theory]
    [InlineData("Fees")]
    [InlineData("fees")]
    [InlineData("Phí, lệ phí")]
    public async Task SectionFunctionReturnsTheSectionMarkdownByEnglishOrVietnameseName(string section)
    {
        var result = await Kernel.InvokeAsync(KnowledgeBasePlugin.PluginName, "get_procedure_section",
            new() { ["code"] = "1.014064", ["section"] = section });

        var text = result.GetValue<string>()!;
        Assert.StartsWith("[1.014064] Cấp đổi thẻ căn cước\n## Phí, lệ phí", text);
        Assert.Contains("Lệ phí : 50.000 Đồng", text);
    }

    [Theory]
    [InlineData("1.999999", "Fees", "No procedure with code '1.999999'")]
    [InlineData("1.014064", "Giá vé", "Unknown section 'Giá vé'")]
    [InlineData("2.000986", "LegalBasis", "has no section LegalBasis")]
    public async Task SectionFunctionExplainsWhatIsMissingInsteadOfFailing(string code, string section, string message)
    {
        var result = await Kernel.InvokeAsync(KnowledgeBasePlugin.PluginName, "get_procedure_section",
            new() { ["code"] = code, ["section"] = section });

        Assert.Contains(message, result.GetValue<string>());
    }

    [Fact]
    public async Task ToolCallingClientsSeeTheKnowledgeBaseFunctionsAdvertisedToTheModel()
    {
        _server.Reply = "Xin chào.";
        var chat = Kernel.GetRequiredService<IChatCompletionService>();
        var settings = new OpenAIPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };

        await chat.GetChatMessageContentAsync(new ChatHistory("Lệ phí đổi căn cước?"), settings, Kernel);

        var tools = Assert.Single(_server.Requests).Body!["tools"]!.AsArray()
            .Select(t => t!["function"]!["name"]!.GetValue<string>())
            .ToArray();
        Assert.Contains("knowledge_base-search_procedures", tools);
        Assert.Contains("knowledge_base-get_procedure_section", tools);
    }
}
