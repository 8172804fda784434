using System.Globalization;
using System.Text;
using KnowledgeBase.Search;
using KnowledgeBase.Text;
using Bot.Tests.Fuzzing;
using CsCheck;

namespace Bot.Tests.KnowledgeBase.Text;

/// <summary>
/// Folding decides whether "le phi" matches "lệ phí". It is the index's folding (ICU's, in the Lucene analyzer) looked
/// up unit by unit from a table, since it runs on every word of every turn: a folded word must be the term the index
/// holds for it, whatever the case, tones or encoding the citizen typed.
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

    // Every Vietnamese vowel with every tone, both cases, đ/Đ, and digits.
    private const string Letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵdđbcghklmnpqrstvx";

    private static readonly Gen<string> VietnameseSentence = Gen.Select(
        Gen.Select(
                Gen.OneOf(Gen.Char[Letters].Array[1, 7].Select(c => new string(c)), Gen.Char['0', '9'].Array[1, 6].Select(c => new string(c))),
                Gen.OneOf(" ", "  ", ", ", "? ", "! ", " (", ") ", "-", "/", "…", "\"", "\n"),
                (word, separator) => word + separator)
            .Array[1, 12]
            .Select(parts => string.Concat(parts)),
        Gen.Bool,
        Gen.OneOf(Gen.Const(NormalizationForm.FormC), Gen.Const(NormalizationForm.FormD)),
        (text, upper, form) => (upper ? text.ToUpperInvariant() : text).Normalize(form));

    [Theory]
    [InlineData("Làm lại CĂN CƯỚC bị mất?", "lam lai can cuoc bi mat")]
    [InlineData("  Đăng ký   khai sinh!! ", "dang ky khai sinh")]
    [InlineData("lệ phí: 30.000đ", "le phi 30 000d")]
    public void FoldingDropsTonesCaseAndPunctuation(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(text));
        Assert.Equal(expected, VietnameseText.Fold(text.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("dang ky khai sinh")]
    [InlineData("le phi 30 000d")]
    [InlineData("cccd")]
    public void AlreadyFoldedTextComesBackAsTheSameString(string folded) =>
        // The matcher folds each topic word once per hit: folded words must cost no new string.
        Assert.Same(folded, VietnameseText.Fold(folded));

    [Theory]
    [InlineData("a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ")]
    [InlineData("E È É Ẻ Ẽ Ẹ Ê Ề Ế Ể Ễ Ệ I Ì Í Ỉ Ĩ Ị Y Ỳ Ý Ỷ Ỹ Ỵ")]
    [InlineData("o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự")]
    [InlineData("Đăng ký khai sinh cho con ở phường Đống Đa")]
    [InlineData("ĐỔI THẺ CĂN CƯỚC CÔNG DÂN BỊ MẤT")]
    [InlineData("Lệ phí bao nhiêu? (nộp trực tuyến) - 15 ngày / 03 bản")]
    [InlineData("người nước ngoài \"kết hôn\" tại Việt Nam…")]
    [InlineData("Thủ tục 1 001193, Mẫu TK1-TS: tờ khai")]
    [InlineData("giấy xác nhận tình trạng hôn nhân\nbản sao 2 bản")]
    [InlineData("Nghị định 123/2015/NĐ-CP")]
    [InlineData("Nghị định số 57/2018/NÐ-CP")] // an Icelandic eth typed for Đ, as in one catalogue record
    public void FoldingGivesTheIndexTermsForVietnameseText(string text)
    {
        foreach (var form in new[] { NormalizationForm.FormC, NormalizationForm.FormD })
        {
            var typed = text.Normalize(form);
            Assert.Equal(IndexTerms(typed), VietnameseText.Fold(typed));
        }
    }

    [Fact]
    public void FoldingGivesTheIndexTermsForAnyVietnameseSentence() =>
        VietnameseSentence.Sample(text => Assert.Equal(IndexTerms(text), VietnameseText.Fold(text)), iter: HostileInput.Iterations * 5);

    [Fact]
    public void OnlyWordBoundariesInsideNumbersAndNamesDifferFromTheIndex()
    {
        // The index's tokenizer (UAX#29) keeps a number's or a domain's separators in one term; folding splits there,
        // which is what the fee and deadline patterns expect ("30 000").
        Assert.Equal("le phi 30.000d", IndexTerms("Lệ phí 30.000đ"));
        Assert.Equal("le phi 30 000d", VietnameseText.Fold("Lệ phí 30.000đ"));
        Assert.Equal(IndexTerms("Lệ phí 30 000đ"), VietnameseText.Fold("Lệ phí 30.000đ"));
    }

    [Fact]
    public void FoldingIsTheSameForComposedAndDecomposedText() =>
        VietnameseLike.Sample(
            text => Assert.Equal(VietnameseText.Fold(text.Normalize(NormalizationForm.FormC)), VietnameseText.Fold(text.Normalize(NormalizationForm.FormD))),
            iter: HostileInput.Iterations * 5);

    [Theory]
    [InlineData("Lệ phí:  35.000 Đồng (nộp online)", "le phi: 35.000 dong (nop online)")]
    [InlineData("  ĐĂNG KÝ\tkhai sinh ", "dang ky khai sinh")]
    public void FoldingKeepingPunctuationKeepsAmountsAndCodes(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.FoldKeepingPunctuation(text));
        Assert.Equal(expected, VietnameseText.FoldKeepingPunctuation(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void FoldingNeverFailsOnLoneSurrogates() =>
        HostileInput.RandomUnicode.Sample(text => Assert.NotNull(VietnameseText.Fold(text)), iter: HostileInput.Iterations);

    [Fact]
    public void WordsAreTheSameForComposedAndDecomposedText() =>
        VietnameseLike.Sample(text => Assert.Equal(
            VietnameseText.Words(text.Normalize(NormalizationForm.FormC)),
            VietnameseText.Words(text.Normalize(NormalizationForm.FormD))), iter: HostileInput.Iterations);

    // What the index holds for the text: the terms of its folded analyzer, in order.
    private static string IndexTerms(string text) => FoldedKey.Of(text);

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
