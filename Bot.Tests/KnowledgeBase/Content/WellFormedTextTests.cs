using KnowledgeBase.Content;

namespace Bot.Tests.KnowledgeBase.Content;

public sealed class WellFormedTextTests
{
    [Fact]
    public void LoneSurrogatesBecomeReplacementCharactersAndPairsStay()
    {
        Assert.Equal("a\uFFFDb\uFFFD💥", WellFormedText.Repair("a\uD800b\uDC00💥"));
        Assert.Equal("\uFFFD", WellFormedText.Repair("\uD83D"));
    }

    [Fact]
    public void WellFormedTextIsReturnedAsItIs()
    {
        const string text = "đăng ký khai sinh 💥";

        Assert.Same(text, WellFormedText.Repair(text));
    }
}
