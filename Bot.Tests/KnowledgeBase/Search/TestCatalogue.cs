using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Indexing;
using KnowledgeBase.Procedures;
using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Search;

/// <summary>
/// A small catalogue of real procedure names (codes and wording from the national catalogue) written as content
/// files into a temp folder, with the repository's synonyms.txt, and a real index built from it.
/// </summary>
public sealed class TestCatalogue : IDisposable
{
    public TestCatalogue()
    {
        Root = Path.Combine(Path.GetTempPath(), "kb-search-tests-" + Guid.NewGuid().ToString("N"));
        ContentPath = Path.Combine(Root, "content");
        IndexPath = Path.Combine(Root, "index");
        Directory.CreateDirectory(Path.Combine(ContentPath, ContentLoader.ProceduresFolder));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "synonyms.txt"), Path.Combine(ContentPath, IndexBuilder.SynonymsFile));
        foreach (var procedure in Procedures)
        {
            Write(procedure);
        }
    }

    public string Root { get; }

    public string ContentPath { get; }

    public string IndexPath { get; }

    public static IReadOnlyList<Procedure> Procedures { get; } =
    [
        Make("1.014064", "Cấp lại thẻ căn cước", ["Cấp tỉnh", "Cấp xã"], "Bộ Công an", "Cấp, quản lý căn cước",
            steps: "Công dân đến Công an cấp xã đề nghị cấp lại thẻ căn cước khi bị mất hoặc hư hỏng.",
            documents: "Tờ khai căn cước (mẫu CC01).",
            time: "Không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ.",
            fees: "Lệ phí cấp lại thẻ căn cước: 70.000 đồng/thẻ."),
        Make("1.014063", "Cấp đổi thẻ căn cước", ["Cấp tỉnh", "Cấp xã"], "Bộ Công an", "Cấp, quản lý căn cước",
            steps: "Công dân đến Công an cấp xã đề nghị cấp đổi thẻ căn cước khi thẻ hết hạn hoặc thay đổi thông tin.",
            documents: "Tờ khai căn cước (mẫu CC01).",
            time: "Không quá 07 ngày làm việc.",
            fees: "Lệ phí cấp đổi thẻ căn cước: 50.000 đồng/thẻ."),
        Make("3.000347", "Đổi giấy phép lái xe", ["Cấp tỉnh"], "Bộ Công an", "Sát hạch, cấp giấy phép lái xe",
            steps: "Nộp hồ sơ đề nghị đổi giấy phép lái xe tại Công an cấp tỉnh.",
            documents: "Đơn đề nghị đổi giấy phép lái xe; giấy khám sức khỏe.",
            time: "Không quá 05 ngày làm việc.",
            fees: "Lệ phí đổi giấy phép lái xe: 135.000 đồng/lần."),
        Make("1.001193", "Thủ tục đăng ký khai sinh", ["Cấp xã"], "Bộ Tư pháp", "Hộ tịch",
            steps: "Người đi đăng ký khai sinh nộp tờ khai và giấy chứng sinh tại Ủy ban nhân dân cấp xã.",
            documents: "Tờ khai đăng ký khai sinh; giấy chứng sinh.",
            time: "Ngay trong ngày tiếp nhận hồ sơ.",
            fees: "Miễn lệ phí đăng ký khai sinh đúng hạn."),
        Make("1.000894", "Thủ tục đăng ký kết hôn", ["Cấp xã"], "Bộ Tư pháp", "Hộ tịch",
            steps: "Hai bên nam, nữ nộp tờ khai đăng ký kết hôn tại Ủy ban nhân dân cấp xã.",
            documents: "Tờ khai đăng ký kết hôn.",
            time: "Ngay trong ngày tiếp nhận hồ sơ.",
            fees: "Miễn lệ phí."),
        Make("1.001612", "Đăng ký thành lập hộ kinh doanh", ["Cấp xã"], "Bộ Tài chính", "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)",
            steps: "Chủ hộ kinh doanh nộp giấy đề nghị đăng ký hộ kinh doanh tại cơ quan đăng ký kinh doanh cấp xã.",
            documents: "Giấy đề nghị đăng ký hộ kinh doanh.",
            time: "03 ngày làm việc.",
            fees: "Theo quy định của Hội đồng nhân dân cấp tỉnh."),
        Make("2.001610", "Đăng ký thành lập doanh nghiệp tư nhân", ["Cấp tỉnh"], "Bộ Tài chính", "Thành lập và hoạt động của doanh nghiệp",
            steps: "Chủ doanh nghiệp nộp hồ sơ tại Phòng Đăng ký kinh doanh.",
            documents: "Giấy đề nghị đăng ký doanh nghiệp.",
            time: "03 ngày làm việc.",
            fees: "50.000 đồng/lần."),
    ];

    /// <summary>Builds and publishes the index from the current content.</summary>
    public IndexBuildResult Build() => new IndexBuilder().Build(ContentPath, IndexPath);

    /// <summary>The code of the best hit for <paramref name="question"/> in a fresh index of this catalogue plus <paramref name="procedures"/>.</summary>
    /// <summary>A record of the repository's catalogue (content/procedures), as editors maintain it.</summary>
    public static Procedure FromRepository(string code) =>
        ProcedureMarkdownReader.Read(File.ReadAllText(Path.Combine(global::Bot.Tests.Evaluation.RepositoryFiles.Content, ContentLoader.ProceduresFolder, code + ".md")), code + ".md").Procedure!;

    public static string TopCodeWith(string question, params Procedure[] procedures)
    {
        using var catalogue = new TestCatalogue();
        foreach (var procedure in procedures)
        {
            catalogue.Write(procedure);
        }

        Assert.True(catalogue.Build().Succeeded);
        using var search = new LuceneProcedureSearch(catalogue.IndexPath, new SearchOptions());
        return search.Search(new SearchRequest(question))[0].Procedure.Code;
    }

    public void Write(Procedure procedure) =>
        File.WriteAllText(Path.Combine(ContentPath, ContentLoader.ProceduresFolder, procedure.Code + ".md"), ProcedureMarkdownWriter.Write(procedure));

    public void WriteRaw(string fileName, string markdown) =>
        File.WriteAllText(Path.Combine(ContentPath, ContentLoader.ProceduresFolder, fileName), markdown);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    public static Procedure Make(string code, string name, string[] levels, string ministry, string field, string steps, string documents, string time, string fees) => new()
    {
        Code = code,
        Name = name,
        Levels = levels,
        Ministry = ministry,
        Field = field,
        SourceUrl = "https://dichvucong.gov.vn/",
        Sections =
        [
            Section(SectionKind.Steps, steps),
            Section(SectionKind.Documents, documents),
            Section(SectionKind.ProcessingTime, time),
            Section(SectionKind.Fees, fees),
            Section(SectionKind.Agency, ministry),
        ],
    };

    private static ProcedureSection Section(SectionKind kind, string text) => new()
    {
        Kind = kind,
        Heading = SectionHeadings.HeadingOf(kind),
        Markdown = text,
        Text = text,
    };
}
