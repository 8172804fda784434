using KnowledgeBase.Text;

namespace Bot.Tests.KnowledgeBase.Text;

public sealed class FilingPhraseTests
{
    [Theory]
    [InlineData("thai sản nộp hồ sơ ở đâu", "thai sản  ở đâu")]
    [InlineData("thai san nop ho so o dau", "thai san  o dau")]
    [InlineData("Thẻ ABTC nộp giấy tờ tại đâu?", "Thẻ ABTC  tại đâu?")]
    public void FilingWordsBeforeWhereTheyGoAreLeftOut(string question, string expected) =>
        Assert.Equal(expected, FilingPhrase.Without(question));

    [Theory]
    [InlineData("gia hạn nộp hồ sơ khai thuế")]
    [InlineData("nộp hồ sơ khai thuế ở đâu")]
    public void FilingWordsThatNameWhatIsFiledStay(string question) =>
        Assert.Equal(question, FilingPhrase.Without(question));
}
