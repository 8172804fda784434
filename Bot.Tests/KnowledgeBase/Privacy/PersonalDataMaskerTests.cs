using CsCheck;
using KnowledgeBase.Privacy;

namespace Bot.Tests.KnowledgeBase.Privacy;

public sealed class PersonalDataMaskerTests
{
    private static readonly string[] Prefixes = ["09", "08", "03", "07", "05", "024", "028"];

    [Theory]
    [InlineData("CCCD của tôi là 001203004567", "CCCD của tôi là [id-number]")]
    [InlineData("số CMND 123456789 bị mất", "số CMND [id-number] bị mất")]
    [InlineData("căn cước 001 203 004 567", "căn cước [id-number]")]
    [InlineData("gọi 0912345678 nhé", "gọi [phone] nhé")]
    [InlineData("sđt 0912 345 678", "sđt [phone]")]
    [InlineData("liên hệ +84 912 345 678", "liên hệ [phone]")]
    [InlineData("máy bàn 024.3825.1234", "máy bàn [phone]")]
    [InlineData("email nguyen.van.a@gmail.com giúp tôi", "email [email] giúp tôi")]
    [InlineData("tài khoản 190312345678901", "tài khoản [card-number]")]
    [InlineData("gọi (091) 234-5678 giúp", "gọi [phone] giúp")]
    [InlineData("máy bàn (024) 3825 1234", "máy bàn [phone]")]
    [InlineData("thẻ 4111 1111 1111 1111 bị khóa", "thẻ [card-number] bị khóa")]
    [InlineData("hộ chiếu số C1234567 hết hạn", "hộ chiếu số [passport] hết hạn")]
    public void PersonalNumbersAndAddressesAreMasked(string input, string expected) =>
        Assert.Equal(expected, PersonalDataMasker.Mask(input));

    [Theory]
    [InlineData("thủ tục 1.014061 lệ phí 70.000 đồng")]
    [InlineData("nộp trong 7 ngày làm việc, năm 2025")]
    [InlineData("Thông tư 17/2024/TT-BCA ngày 15/05/2024")]
    public void CodesAmountsAndDatesEditorsNeedAreKept(string input) =>
        Assert.Equal(input, PersonalDataMasker.Mask(input));

    [Fact]
    public void AnyVietnamesePhoneNumberHoweverWrittenLosesItsDigits() =>
        Gen.Select(Gen.Int[0, Prefixes.Length - 1].Select(i => Prefixes[i]), Gen.Int[1_000_000, 9_999_999], Gen.Int[0, 5], (prefix, number, style) =>
        {
            var digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return style switch
            {
                0 => prefix + digits,
                1 => $"({prefix}) {digits[..3]}-{digits[3..]}",
                2 => $"{prefix}.{digits[..3]}.{digits[3..]}",
                3 => $"+84 {prefix[1..]} {digits[..3]} {digits[3..]}",
                4 => $"({prefix}) {digits[..4]} {digits[4..]}",
                _ => $"{prefix} {digits[..3]} {digits[3..]}",
            };
        }).Sample(phone => Assert.DoesNotMatch(@"\d{3}", PersonalDataMasker.Mask($"liên hệ {phone} nhé")));

    [Fact]
    public void AnyCardOrPassportNumberIsMasked() =>
        Gen.Select(Gen.Long[1_000_000_000_000_000, 9_999_999_999_999_999], Gen.Char['A', 'Z'], Gen.Int[1_000_000, 9_999_999], (card, letter, passport) =>
        {
            var digits = card.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (Card: string.Join(' ', digits.Chunk(4).Select(c => new string(c))), Passport: $"{letter}{passport}");
        }).Sample(x => Assert.DoesNotMatch(@"\d{3}", PersonalDataMasker.Mask($"thẻ {x.Card}, hộ chiếu {x.Passport}")));

    [Fact]
    public void EmptyAndNullAreSafe()
    {
        Assert.Equal("", PersonalDataMasker.Mask(null));
        Assert.Equal("", PersonalDataMasker.Mask(""));
    }
}
