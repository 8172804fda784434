using System.Text;
using global::Bot.Security;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Bot.Security;

public sealed class MessageLengthGuardTests
{
    private readonly MessageLengthGuard _guard = new(Options.Create(new LimitsOptions { MaxMessageLength = 2000 }));

    [Fact]
    public void MessageAtTheLimitIsAnswered()
    {
        var check = _guard.Check(new string('a', 2000));

        Assert.True(check.IsAllowed);
        Assert.Null(check.Refusal);
    }

    [Fact]
    public void LongerMessageGetsAPoliteVietnameseRefusalNamingTheLimit()
    {
        var check = _guard.Check(string.Concat(Enumerable.Repeat("Tôi muốn hỏi về thủ tục cấp lại hộ chiếu. ", 100)));

        Assert.False(check.IsAllowed);
        Assert.Contains("2.000 ký tự", check.Refusal, StringComparison.Ordinal);
        Assert.Contains("vui lòng", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void DecomposedDiacriticsCountAsOneCharacterEach()
    {
        // 1,500 "ế" typed as e + two combining marks: 4,500 UTF-16 units, 1,500 characters to the citizen.
        var text = string.Concat(Enumerable.Repeat("ế".Normalize(NormalizationForm.FormD), 1500));
        Assert.Equal(4500, text.Length);

        var check = _guard.Check(text);

        Assert.True(check.IsAllowed);
        Assert.Equal(1500, check.Length);
    }

    [Fact]
    public void AFewLettersUnderPilesOfCombiningMarksAreRefusedToo()
    {
        // The probe: 122,000 UTF-16 units of marks stacked on a handful of letters read as a few characters.
        var text = string.Concat(Enumerable.Repeat("a" + new string('\u0301', 1000), 122));

        var check = _guard.Check(text);

        Assert.True(new System.Globalization.StringInfo(text).LengthInTextElements <= 2000);
        Assert.False(check.IsAllowed);
        Assert.Contains("vượt quá giới hạn 2.000 ký tự", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyMessageIsNotRefused()
    {
        Assert.True(_guard.Check(null).IsAllowed);
        Assert.True(_guard.Check(string.Empty).IsAllowed);
    }
}
