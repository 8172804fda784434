using KnowledgeBase.Content;
using KnowledgeBase.Facts;
using KnowledgeBase.Import;
using KnowledgeBase.Procedures;

namespace Bot.Tests.KnowledgeBase.Import;

public sealed class CrawlRecordMapperTests
{
    private static readonly DateOnly Updated = new(2026, 11, 25);

    [Fact]
    public void RecordMapsToFrontMatterFieldsAndEveryFixedSection()
    {
        var p = CrawlRecordMapper.Map(CrawlFixtures.Load("bo-tai-chinh", "1.007664"), "bo-tai-chinh", Updated).Procedure;

        Assert.Equal("1.007664", p.Code);
        Assert.Equal(["Cấp bộ", "Cấp xã"], p.Levels);
        Assert.Equal("Bộ Tài chính", p.Ministry);
        Assert.Equal("Chi cục Hải quan khu vực", p.Agency);
        Assert.Equal(Updated, p.Updated);
        Assert.StartsWith("https://dichvucong.gov.vn/", p.SourceUrl, StringComparison.Ordinal);
        Assert.Equal(SectionHeadings.All, p.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void ThePortalsInternalSuffixOnARenamedAgencyNeverReachesTheContent()
    {
        // The crawl of the court's procedures (2.002798–2.002802) names the agency "Tòa án nhân dân_old".
        var record = CrawlFixtures.Load("bo-tai-chinh", "1.007664") with { ExecutingAgency = "Tòa án nhân dân_old" };

        var p = CrawlRecordMapper.Map(record, "bo-tai-chinh", Updated).Procedure;

        Assert.Equal("Tòa án nhân dân", p.Agency);
        Assert.DoesNotContain("_old", p.Sections.Single(s => s.Kind == SectionKind.Agency).Markdown, StringComparison.Ordinal);
    }

    [Theory]
    // 1.001521: the crawler cut the steps at "mục 5.3 (Thành phần hồ sơ)" and left the real document table out.
    [InlineData("1.001521", "theo quy định tại mục 5.3 (Thành phần hồ sơ); nộp hồ sơ cho cơ quan BHXH", "Biên bản giám định mức suy giảm KNLĐ lần trước gần nhất")]
    // 1.001667 (sickness benefit): cut at "lập hồ sơ theo quy định tại mục", without brackets.
    [InlineData("1.001667", "lập hồ sơ theo quy định tại mục Thành phần hồ sơ và nộp cho đơn vị SDLĐ", "Giấy ra viện")]
    public void StepsCutAtAReferenceToTheDocumentsSectionAreJoinedAndThePagesOwnDocumentsAreRead(string code, string joinedStep, string paper)
    {
        var p = CrawlRecordMapper.Map(CrawlFixtures.Load("bo-tai-chinh", code), "bo-tai-chinh", Updated).Procedure;
        var steps = p.Sections.Single(s => s.Kind == SectionKind.Steps).Markdown;
        var documents = p.Sections.Single(s => s.Kind == SectionKind.Documents).Markdown;

        Assert.Contains(joinedStep, steps);
        Assert.Contains("Bước 3. Nhận kết quả giải quyết", steps);
        Assert.DoesNotContain("Bước 2", documents);
        Assert.Contains(paper, documents);
        Assert.DoesNotMatch(@"^mục\b", FilingPlace.Of(p) ?? "");
    }

    [Fact]
    public void PortalWidgetTextNeverReachesTheContent()
    {
        var imported = CrawlRecordMapper.Map(CrawlFixtures.Load("bo-cong-an", "1.014061"), "bo-cong-an", Updated);
        var markdown = ProcedureMarkdownWriter.Write(imported.Procedure);

        Assert.Equal("- Thẻ căn cước — Mã: KQ.G01.000023", imported.Procedure.GetSection(SectionKind.Result)!.Markdown);
        Assert.DoesNotContain("Chọn cơ quan thực hiện", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Nộp hồ sơ\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Từ khóa", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ConditionsWithOnlyLeakedWidgetFieldsSayNoInformation()
    {
        var p = CrawlRecordMapper.Map(CrawlFixtures.Load("bo-tai-chinh", "1.000014"), "bo-tai-chinh", Updated).Procedure;

        Assert.Equal(CrawlText.NoDataSentence, p.GetSection(SectionKind.Requirements)!.Markdown);
    }

    [Fact]
    public void NoInformationFeeIsWrittenAsSuchNeverAsFree()
    {
        var p = CrawlRecordMapper.Map(CrawlFixtures.Load("bo-cong-an", "1.014061"), "bo-cong-an", Updated).Procedure;

        Assert.Equal("- Trực tiếp: Không có thông tin.\n- Trực tuyến: Không có thông tin.", p.GetSection(SectionKind.Fees)!.Markdown);
        Assert.Equal("- Trực tiếp: 7 Ngày làm việc\n- Trực tuyến: 7 Ngày làm việc", p.GetSection(SectionKind.ProcessingTime)!.Markdown);
        Assert.All(p.Channels, c => Assert.Null(c.Fee));
    }

    [Fact]
    public void FeeFoundOnlyInTheDescriptionAppearsInTheFeeSection()
    {
        var p = CrawlRecordMapper.Map(CrawlFixtures.Load("bo-xay-dung", "1.003135"), "bo-xay-dung", Updated).Procedure;

        var fees = p.GetSection(SectionKind.Fees)!.Markdown;
        Assert.Contains("Trực tuyến: Không có thông tin. Mô tả: Lệ phí : 20.000 Đồng", fees, StringComparison.Ordinal);
        Assert.Contains("Lệ phí : 50.000 Đồng", fees, StringComparison.Ordinal);
    }

    [Fact]
    public void UnparsedChannelTableKeepsOriginalTextAndStatesNoChannelFacts()
    {
        var imported = CrawlRecordMapper.Map(CrawlFixtures.Load("bo-tai-chinh", "1.006429"), "bo-tai-chinh", Updated);

        Assert.Equal(TableOutcome.KeptOriginal, imported.Channels);
        Assert.True(imported.HasUnparsedTable);
        Assert.Empty(imported.Procedure.Channels);
        Assert.Equal("Trực tuyến120 VNĐ", imported.Procedure.GetSection(SectionKind.Fees)!.Markdown);
    }

    [Fact]
    public void LegalBasisItemsShowNumberThenTitle()
    {
        var p = CrawlRecordMapper.Map(CrawlFixtures.Load("bo-cong-an", "1.014061"), "bo-cong-an", Updated).Procedure;

        Assert.StartsWith("- **17/2024/TT-BCA** — Thông tư quy định chi tiết", p.GetSection(SectionKind.LegalBasis)!.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bo-cong-an", "1.014061")]
    [InlineData("bo-cong-an", "3.000340")]
    [InlineData("bo-tai-chinh", "1.007664")]
    [InlineData("bo-tai-chinh", "1.000014")]
    [InlineData("bo-xay-dung", "1.003135")]
    public void ImportedProcedureReadsBackWithTheSameFactsAndRewritesIdentically(string ministry, string code)
    {
        var imported = CrawlRecordMapper.Map(CrawlFixtures.Load(ministry, code), ministry, Updated).Procedure;
        var written = ProcedureMarkdownWriter.Write(imported);
        var read = ProcedureMarkdownReader.Read(written, $"procedures/{code}.md");

        Assert.Empty(read.Diagnostics);
        var p = read.Procedure!;
        Assert.Equal(imported.Channels, p.Channels);
        Assert.Equal(imported.Levels, p.Levels);
        Assert.Equal(imported.Sections.Select(s => (s.Kind, s.Markdown)), p.Sections.Select(s => (s.Kind, s.Markdown)));
        Assert.Equal(written, ProcedureMarkdownWriter.Write(p));
    }

    [Fact]
    public void MarkdownSyntaxInSourceTextIsEscapedAndReadsBackAsPlainText()
    {
        var record = CrawlFixtures.Load("bo-xay-dung", "6.003636") with
        {
            Steps = "## Bước 1: nộp *tờ khai* <b>ngay</b>\n---\n1. Đóng phí [xem](x) ++a++ ==b== ~c~ 2^3 a_b_c &amp; `code` | cột\n> trích\n- Bước 2: nhận kết quả",
        };
        var p = CrawlRecordMapper.Map(record, "bo-xay-dung", Updated).Procedure;
        var read = ProcedureMarkdownReader.Read(ProcedureMarkdownWriter.Write(p), "p.md");

        Assert.Empty(read.Diagnostics);
        var steps = read.Procedure!.GetSection(SectionKind.Steps)!;
        Assert.Equal(
            "## Bước 1: nộp *tờ khai* <b>ngay</b> --- 1. Đóng phí [xem](x) ++a++ ==b== ~c~ 2^3 a_b_c &amp; `code` | cột > trích Bước 2: nhận kết quả",
            steps.Text);
        Assert.Equal(["Bước 2: nhận kết quả"], steps.Items);
    }
}
