using Bot.Tests.Bot.Support;
using KnowledgeBase.Content;
using KnowledgeBase.Indexing;

namespace Bot.Tests.Bot.Workspace;

/// <summary>
/// A copy of the fixture catalogue editors may change, its own published index and audit folder, as host settings:
/// pages that save and publish never touch the shared fixture index.
/// </summary>
internal sealed class EditableContent : IDisposable
{
    private readonly TempFolder _folder = new();

    public EditableContent()
    {
        var procedures = Path.Combine(ContentPath, ContentLoader.ProceduresFolder);
        Directory.CreateDirectory(procedures);
        foreach (var file in Directory.GetFiles(Path.Combine(BotFixtures.ContentPath, ContentLoader.ProceduresFolder), "*.md"))
        {
            File.Copy(file, Path.Combine(procedures, Path.GetFileName(file)));
        }

        Assert.True(new IndexBuilder().Build(ContentPath, IndexPath).Succeeded);
    }

    public string ContentPath => Path.Combine(_folder.Path, "content");

    public string IndexPath => Path.Combine(_folder.Path, "index");

    public string AuditPath => Path.Combine(_folder.Path, "audit");

    public Dictionary<string, string?> Settings => new()
    {
        ["KnowledgeBase:ContentPath"] = ContentPath,
        ["KnowledgeBase:IndexPath"] = IndexPath,
        ["KnowledgeBase:Editing:AuditPath"] = AuditPath,
        ["Limits:RateLimitingEnabled"] = "false",
    };

    public string ProcedureText(string code) => File.ReadAllText(Path.Combine(ContentPath, ContentLoader.ProceduresFolder, code + ".md"));

    public void Dispose() => _folder.Dispose();
}
