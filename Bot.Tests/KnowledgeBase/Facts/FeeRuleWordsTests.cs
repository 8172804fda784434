using KnowledgeBase.Facts;

namespace Bot.Tests.KnowledgeBase.Facts;

/// <summary>Fee rules as the catalogue writes them (1.000656 and others in content/procedures), shortened for a phone.</summary>
public sealed class FeeRuleWordsTests
{
    private const string DeathRegistration = "Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định. Miễn lệ phí đối với trường hợp đăng ký khai tử đúng hạn, người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật. Phí cấp bản sao Trích lục khai tử (nếu có yêu cầu) thực hiện theo quy định tại Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.";

    [Fact]
    public void TheExemptionComesFirstAndIsCutAtAClauseNeverMidWord()
    {
        var words = FeeRuleWords.Shorten(DeathRegistration);

        Assert.True(words.Cut);
        Assert.StartsWith("Miễn lệ phí đối với trường hợp đăng ký khai tử đúng hạn", words.Text);
        Assert.EndsWith("…", words.Text);
        Assert.True(words.Text.Length <= FeeRuleWords.DefaultMaxLength + 1, words.Text);
        var shown = words.Text.TrimEnd('…');
        Assert.True(DeathRegistration.Contains(shown + ";", StringComparison.Ordinal) || DeathRegistration.Contains(shown + ",", StringComparison.Ordinal), words.Text);
    }

    [Fact]
    public void SentencesTheReplySaysInItsOwnWordsAreLeftOut()
    {
        var words = FeeRuleWords.Shorten(DeathRegistration, 400, FeeReader.NamesTheCouncil);

        Assert.DoesNotContain("Hội đồng nhân dân", words.Text);
        Assert.StartsWith("Miễn lệ phí đối với trường hợp đăng ký khai tử đúng hạn, người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật. Phí cấp bản sao", words.Text);
        Assert.False(words.Cut);
    }

    [Fact]
    public void AnExemptionThatListsItsCasesIsQuotedWithThemNotCutAtItsColon()
    {
        // 2.002039 (naturalisation): the cell's note introduces two cases with a colon, each with a long bracketed detail.
        const string rule = "Miễn lệ phí đối với những trường hợp sau: + Người có công lao đặc biệt đóng góp cho sự nghiệp xây dựng và bảo vệ tổ quốc Việt Nam (phải là người được tặng thưởng Huân chương, Huy chương, danh hiệu cao quý khác của Nhà nước). + Người không quốc tịch có hoàn cảnh kinh tế khó khăn, có xác nhận của Ủy ban nhân dân cấp xã nơi cư trú.";

        var words = FeeRuleWords.Shorten(rule);

        Assert.StartsWith("Miễn lệ phí đối với những trường hợp sau: Người có công lao đặc biệt đóng góp cho sự nghiệp xây dựng và bảo vệ tổ quốc Việt Nam; Người không quốc tịch có hoàn cảnh kinh tế khó khăn", words.Text);
        Assert.DoesNotContain("Huân chương", words.Text);
        Assert.False(words.Text.TrimEnd('…').EndsWith(':'), words.Text);
    }

    [Fact]
    public void ARuleThatFitsIsQuotedWhole()
    {
        const string rule = "Tổ chức hành nghề luật sư thực hiện đăng ký hoạt động qua mạng điện tử được miễn lệ phí đăng ký hoạt động của tổ chức hành nghề luật sư.";

        var words = FeeRuleWords.Shorten(rule, 200);

        Assert.Equal(new RuleWords(rule, Cut: false), words);
    }

    [Fact]
    public void ARuleAnEarlierImportCutMidWordKeepsOnlyItsWholeClauses()
    {
        const string cut = "Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định. Miễn lệ phí cho người thuộc gia đình có công với cách mạng; người…";

        var words = FeeRuleWords.Shorten(cut);

        Assert.True(words.Cut);
        Assert.Contains("Miễn lệ phí cho người thuộc gia đình có công với cách mạng…", words.Text);
        Assert.DoesNotContain("người…", words.Text);
    }

    [Fact]
    public void OneClauseLongerThanTheRoomIsCutAtAWord()
    {
        const string rule = "Chế độ thu nộp quản lý và sử dụng phí thẩm định cấp giấy phép môi trường theo quy định của chính quyền địa phương nơi thực hiện dự án đầu tư";

        var words = FeeRuleWords.Shorten(rule, 60);

        Assert.True(words.Cut);
        Assert.EndsWith("…", words.Text);
        Assert.StartsWith(words.Text.TrimEnd('…') + " ", rule, StringComparison.Ordinal);
    }
}
