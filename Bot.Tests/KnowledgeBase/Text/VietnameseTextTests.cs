using System.Globalization;
using System.Text;
using KnowledgeBase.Text;
using Bot.Tests.Fuzzing;
using CsCheck;

namespace Bot.Tests.KnowledgeBase.Text;

/// <summary>
/// Folding decides whether "le phi" matches "lệ phí"; it runs on every word of every turn, so it folds unit by unit
/// from a table instead of normalizing whole strings. It must agree with the plain definition on any text.
/// </summary>
public sealed class VietnameseTextTests
{
    // Vietnamese letters, marks, singletons (Å Ω), a Hangul syllable and arbitrary BMP units, composed or decomposed.
    private static readonly Gen<string> VietnameseLike = Gen.Select(
            Gen.OneOf(
                    Gen.OneOf("Đ", "đ", "ă", "Ằ", "ệ", "ƯỚ", "ở", "ỹ", "Ấ", "a", "Z", "9", " ", "?", ",", "\u0301", "\u0323", "ﬀ", "\u212B", "\u2126", "ǅ", "가"),
                    Gen.Char.Select(c => c.ToString()))
                .Array[0, 40]
                .Select(parts => string.Concat(parts)),
            Gen.Bool,
            (text, decompose) => decompose && IsValidUtf16(text) ? text.Normalize(NormalizationForm.FormD) : text)
        .Where(IsValidUtf16);

    [Theory]
    [InlineData("Làm lại CĂN CƯỚC bị mất?", "lam lai can cuoc bi mat")]
    [InlineData("  Đăng ký   khai sinh!! ", "dang ky khai sinh")]
    [InlineData("lệ phí: 30.000đ", "le phi 30 000d")]
    public void FoldingDropsTonesCaseAndPunctuation(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(text));
        Assert.Equal(expected, VietnameseText.Fold(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void FoldingAgreesWithWholeStringDecompositionOnAnyText() =>
        VietnameseLike.Sample(text => Assert.Equal(ReferenceFold(text), VietnameseText.Fold(text)), iter: HostileInput.Iterations * 5);

    [Fact]
    public void FoldingNeverFailsOnLoneSurrogates() =>
        HostileInput.RandomUnicode.Sample(text => Assert.NotNull(VietnameseText.Fold(text)), iter: HostileInput.Iterations);

    [Fact]
    public void WordsAreTheSameForComposedAndDecomposedText() =>
        VietnameseLike.Sample(text => Assert.Equal(
            VietnameseText.Words(text.Normalize(NormalizationForm.FormC)),
            VietnameseText.Words(text.Normalize(NormalizationForm.FormD))), iter: HostileInput.Iterations);

    // The definition: decompose the whole text, drop the marks, lower-case, đ → d, anything else is a separator.
    private static string ReferenceFold(string text)
    {
        var builder = new StringBuilder();
        var lastWasSpace = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static bool IsValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
