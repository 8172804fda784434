using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Search;

public sealed class PhraseKeysTests
{
    [Theory]
    [InlineData("Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)", "cap lai the can cuoc")]
    [InlineData("Thủ tục đăng ký khai sinh", "dang ky khai sinh")]
    [InlineData("Đính chính Giấy chứng nhận đã cấp.", "dinh chinh giay chung nhan da cap")]
    public void NameKeysDropWhatCitizensNeverType(string name, string key) =>
        Assert.Contains(key, PhraseKeys.OfName(name));

    [Fact]
    public void NamesAreAlsoKeyedWithoutTheirGlueWords()
    {
        var keys = PhraseKeys.OfName("Xác nhận thông tin về cư trú");
        Assert.Contains("xac nhan thong tin ve cu tru", keys);
        Assert.Contains("xac nhan thong tin cu tru", keys);
    }

    [Fact]
    public void ANamesObjectIsItsKeyWithoutTheLeadingActionWords()
    {
        Assert.Equal(["giay chung nhan du dieu kien an ninh trat tu"], PhraseKeys.ObjectsOf("Cấp mới Giấy chứng nhận đủ điều kiện về an ninh, trật tự (thực hiện tại cấp tỉnh)"));
        Assert.Equal(["giay phep moi truong"], PhraseKeys.ObjectsOf("Cấp giấy phép môi trường (cấp Bộ) (1.010719)"));
        Assert.Empty(PhraseKeys.ObjectsOf("Thủ tục đăng ký khai sinh"));
    }

    [Fact]
    public void NamesJoiningTwoProceduresGiveAKeyPerPart()
    {
        var keys = PhraseKeys.OfName("Khai lệ phí trước bạ nhà, đất/ Miễn lệ phí trước bạ nhà, đất");
        Assert.Contains("khai le phi truoc ba nha dat", keys);
        Assert.Contains("mien le phi truoc ba nha dat", keys);
    }

    [Fact]
    public void LongNamesGiveTheirStartsAsPrefixKeys()
    {
        var prefixes = PhraseKeys.PrefixesOf("Khai báo tạm trú cho người nước ngoài tại Việt Nam bằng Phiếu khai báo tạm trú").ToList();
        Assert.Contains("khai bao tam tru cho", prefixes);
        Assert.Contains("khai bao tam tru cho nguoi nuoc ngoai", prefixes);
        Assert.DoesNotContain("khai bao tam tru", prefixes);
        Assert.All(prefixes, p => Assert.True(p.Split(' ').Length <= PhraseKeys.MaxSyllables));
        Assert.Empty(PhraseKeys.PrefixesOf("Đăng ký tạm trú"));
    }

    [Fact]
    public void LongNamesAndEmptyAliasesGiveNoKey()
    {
        Assert.Empty(PhraseKeys.OfName(string.Join(' ', Enumerable.Repeat("cấp", PhraseKeys.MaxSyllables + 1))));
        Assert.Empty(PhraseKeys.OfAlias("!!!"));
        Assert.Equal(["lam can cuoc"], PhraseKeys.OfAlias("Làm  CĂN cước"));
    }
}
