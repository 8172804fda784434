using KnowledgeBase.Privacy;

namespace Bot.Tests.KnowledgeBase.Privacy;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("CCCD của tôi là 001203004567", "CCCD của tôi là [id-number]")]
    [InlineData("số CMND 123456789 bị mất", "số CMND [id-number] bị mất")]
    [InlineData("căn cước 001 203 004 567", "căn cước [id-number]")]
    [InlineData("gọi 0912345678 nhé", "gọi [phone] nhé")]
    [InlineData("sđt 0912 345 678", "sđt [phone]")]
    [InlineData("liên hệ +84 912 345 678", "liên hệ [phone]")]
    [InlineData("máy bàn 024.3825.1234", "máy bàn [phone]")]
    [InlineData("email nguyen.van.a@gmail.com giúp tôi", "email [email] giúp tôi")]
    [InlineData("tài khoản 190312345678901", "tài khoản [number]")]
    public void PersonalNumbersAndAddressesAreMasked(string input, string expected) =>
        Assert.Equal(expected, PersonalDataMasker.Mask(input));

    [Theory]
    [InlineData("thủ tục 1.014061 lệ phí 70.000 đồng")]
    [InlineData("nộp trong 7 ngày làm việc, năm 2025")]
    [InlineData("Thông tư 17/2024/TT-BCA ngày 15/05/2024")]
    public void CodesAmountsAndDatesEditorsNeedAreKept(string input) =>
        Assert.Equal(input, PersonalDataMasker.Mask(input));

    [Fact]
    public void EmptyAndNullAreSafe()
    {
        Assert.Equal("", PersonalDataMasker.Mask(null));
        Assert.Equal("", PersonalDataMasker.Mask(""));
    }
}
