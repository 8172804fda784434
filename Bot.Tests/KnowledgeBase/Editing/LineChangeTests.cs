using global::KnowledgeBase.Editing;

namespace Bot.Tests.KnowledgeBase.Editing;

public sealed class LineChangeTests
{
    [Fact]
    public void Only_the_lines_between_the_common_beginning_and_end_are_shown_with_where_they_start()
    {
        var change = LineChange.Between("a\nb\nc\nd\n", "a\nb\nX\nY\nd\n");

        Assert.Equal(3, change.FirstLine);
        Assert.Equal(["c"], change.Removed);
        Assert.Equal(["X", "Y"], change.Added);
    }

    [Fact]
    public void A_new_file_is_all_added_lines() =>
        Assert.Equal(["x", "y"], LineChange.Between(null, "x\ny\n").Added);

    [Fact]
    public void An_unchanged_text_has_no_lines() =>
        Assert.Empty(LineChange.Between("a\nb\n", "a\nb\n").Removed.Concat(LineChange.Between("a\nb\n", "a\nb\n").Added));
}
