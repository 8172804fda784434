using global::KnowledgeBase.Editing;

namespace Bot.Tests.KnowledgeBase.Editing;

public sealed class ContentPathsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "content-paths-" + Guid.NewGuid().ToString("N"));

    public ContentPathsTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "content", "procedures"));
        File.WriteAllText(Path.Combine(_root, "secret.md"), "not content");
    }

    private string Content => Path.Combine(_root, "content");

    [Theory]
    [InlineData("procedures/1.014064.md", ContentFileKind.Procedure)]
    [InlineData("synonyms.txt", ContentFileKind.Synonyms)]
    [InlineData("regressions.jsonl", ContentFileKind.Regressions)]
    public void Editable_content_files_resolve_inside_the_content_folder(string relative, ContentFileKind kind)
    {
        var (found, full) = ContentPaths.Resolve(Content, relative);

        Assert.Equal(kind, found);
        Assert.StartsWith(Content + Path.DirectorySeparatorChar, full, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../secret.md")]
    [InlineData("procedures/../../secret.md")]
    [InlineData("procedures/..%2f..%2fsecret.md")]
    [InlineData("procedures/..md")]
    [InlineData("/etc/passwd")]
    [InlineData("procedures//etc/passwd.md")]
    [InlineData("procedures\\1.014064.md")]
    [InlineData("procedures/1.014064.txt")]
    [InlineData("procedures/sub/1.014064.md")]
    [InlineData("appsettings.json")]
    [InlineData("synonyms.txt/")]
    [InlineData("./synonyms.txt")]
    [InlineData("")]
    [InlineData(null)]
    public void Paths_from_a_browser_that_leave_the_editable_files_are_refused(string? relative) =>
        Assert.Throws<ContentPathException>(() => ContentPaths.Resolve(Content, relative));

    [Fact]
    public void A_procedure_file_that_is_a_link_out_of_the_content_folder_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(Content, "procedures", "1.000001.md"), Path.Combine(_root, "secret.md"));

        Assert.Throws<ContentPathException>(() => ContentPaths.Resolve(Content, "procedures/1.000001.md"));
    }

    [Fact]
    public void A_procedures_folder_that_is_a_link_is_refused()
    {
        var elsewhere = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        Directory.Delete(Path.Combine(Content, "procedures"));
        Directory.CreateSymbolicLink(Path.Combine(Content, "procedures"), elsewhere);

        Assert.Throws<ContentPathException>(() => ContentPaths.Resolve(Content, "procedures/1.000001.md"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
