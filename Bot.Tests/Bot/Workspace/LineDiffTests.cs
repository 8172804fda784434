using global::Bot.Workspace.Audit;

namespace Bot.Tests.Bot.Workspace;

public sealed class LineDiffTests
{
    [Fact]
    public void AnAddedAndAChangedLineAreListedWithTheirLineNumbers()
    {
        var changes = LineDiff.Compare("a\nb\nc\n", "a\nB\nc\nd\n");

        Assert.Equal([new LineChange('-', 2, "b"), new LineChange('+', 2, "B"), new LineChange('+', 4, "d")], changes);
    }

    [Fact]
    public void ANewFileIsAllAddedAndARemovedFileAllRemoved()
    {
        Assert.Equal([new LineChange('+', 1, "x")], LineDiff.Compare(null, "x\n"));
        Assert.Equal([new LineChange('-', 1, "x")], LineDiff.Compare("x", null));
        Assert.Empty(LineDiff.Compare("same\n", "same\n"));
    }
}
