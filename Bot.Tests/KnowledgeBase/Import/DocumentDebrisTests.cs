using KnowledgeBase.Import;

namespace Bot.Tests.KnowledgeBase.Import;

public sealed class DocumentDebrisTests
{
    [Theory]
    [InlineData("Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc", "Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc")]
    [InlineData("Mẫu số 01.docx", "Mẫu số 01.docx")]
    [InlineData("Thngts53.doc", null)]
    [InlineData("Thngts53 (3).doc", null)]
    [InlineData("Mau don de nghi cap, gia han giay phep.docx", "Mau don de nghi cap, gia han giay phep.docx")]
    [InlineData("2025.docx", null)]
    [InlineData("nxinnhnconnui.doc", null)]
    public void OnlyTemplateNamesACitizenCouldRecogniseAreKept(string template, string? expected) =>
        Assert.Equal(expected, DocumentDebris.ReadableTemplate(template));

    [Fact]
    public void ATemplateNameGluedToThePapersNameIsRemoved() =>
        Assert.Equal(
            "Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA)",
            DocumentDebris.CleanName("Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA);1.MuCT01banhnhkmtheo"));

    [Theory]
    [InlineData("Tờ khai theo Mẫu;Mau 2.2.docx", "Tờ khai theo Mẫu")]
    [InlineData("Văn bản đề nghị cấp giấy phép theo Mẫu 03, Phụ lục I Nghị định số 23/2026/NĐ-CPMau03.docx", "Văn bản đề nghị cấp giấy phép theo Mẫu 03, Phụ lục I Nghị định số 23/2026/NĐ-CP")]
    [InlineData("Bản khai theo Mẫu số 20 trong 03 năm trước thời điểm chứng chỉ hết hạnmau so 20.doc", "Bản khai theo Mẫu số 20 trong 03 năm trước thời điểm chứng chỉ hết hạn")]
    [InlineData("Văn bản đề nghị theo mẫu tại Phụ lục V ban hành kèm theo Thông tư số 56/2025/TT-NHNNPhụ lục V.docx", "Văn bản đề nghị theo mẫu tại Phụ lục V ban hành kèm theo Thông tư số 56/2025/TT-NHNN")]
    [InlineData("Đơn đề nghị theo Mẫu số 01.docx", "Đơn đề nghị theo Mẫu số 01.docx")]
    [InlineData("Mẫu số 01.docx", "Mẫu số 01.docx")]
    public void AFormFileNameGluedToTheEndOfThePapersNameIsRemoved(string name, string expected) =>
        Assert.Equal(expected, DocumentDebris.CleanName(name));

    [Theory]
    [InlineData("0 bản chính", true)]
    [InlineData("Bản chính: 0 - Bản sao: 0", true)]
    [InlineData("0 bản chính, 1 bản sao", false)]
    [InlineData("1 bản chính", false)]
    public void ANoOriginalNoCopyQuantityMarksANote(string quantity, bool note) =>
        Assert.Equal(note, DocumentDebris.IsNoteQuantity(quantity));

    [Fact]
    public void ExamplesAreNotPapers() =>
        Assert.True(DocumentDebris.IsExample("Ví dụ: Trường hợp giấy tờ, tài liệu chứng minh chỗ ở hợp pháp là giấy tờ…"));
}
