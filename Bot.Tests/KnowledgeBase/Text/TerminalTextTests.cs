using KnowledgeBase.Text;

namespace Bot.Tests.KnowledgeBase.Text;

public sealed class TerminalTextTests
{
    [Fact]
    public void EscapeSequencesAndControlCharactersAreNotPrintedRaw()
    {
        var safe = TerminalText.Safe("cấp lại căn cước\u001b]0;PWNED\u0007\r\u202Eabc");

        Assert.DoesNotContain('\u001b', safe);
        Assert.DoesNotContain('\u0007', safe);
        Assert.DoesNotContain('\r', safe);
        Assert.DoesNotContain('\u202E', safe);
        Assert.StartsWith("cấp lại căn cước ]0;PWNED", safe, StringComparison.Ordinal);
    }
}
