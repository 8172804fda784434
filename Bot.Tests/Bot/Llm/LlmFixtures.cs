using Bot.Answers;
using KnowledgeBase.Content;
using KnowledgeBase.Procedures;

namespace Bot.Tests.Bot.Llm;

/// <summary>Real procedures read from <c>Fixtures/llm/procedures</c> with the production Markdown reader.</summary>
internal static class LlmFixtures
{
    private static readonly Lazy<IReadOnlyDictionary<string, Procedure>> All = new(Load);

    public static Procedure IdCardRenewal => All.Value["1.014064"];

    public static Procedure CivilStatusCopy => All.Value["2.000986"];

    /// <summary>A procedure copied unchanged from content/ (portal formats: "500,000 Việt Nam Đồng", no agency).</summary>
    public static Procedure AuctionLicence => All.Value["1.000802"];

    public static IReadOnlyCollection<Procedure> Procedures => All.Value.Values.ToArray();

    public static GroundingSource Source(Procedure procedure, params SectionKind[] sections) => new(procedure, sections);

    /// <summary>Both fixture procedures as sources, the ID card one first, with the sections a fee/time question needs.</summary>
    public static IReadOnlyList<GroundingSource> FeeAndTimeSources() =>
    [
        Source(IdCardRenewal, SectionKind.Fees, SectionKind.ProcessingTime, SectionKind.Documents),
        Source(CivilStatusCopy, SectionKind.Fees, SectionKind.ProcessingTime, SectionKind.Documents),
    ];

    public static LlmAnswerRequest Request(string question, IReadOnlyList<GroundingSource>? sources = null, IReadOnlyList<ConversationTurn>? history = null) =>
        new(question, history ?? [], sources ?? FeeAndTimeSources(), "Câu trả lời trích từ danh mục.");

    private static Dictionary<string, Procedure> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "llm", "procedures");
        var result = new Dictionary<string, Procedure>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
        {
            var read = ProcedureMarkdownReader.Read(File.ReadAllText(file), Path.GetFileName(file));
            var procedure = read.Procedure ?? throw new InvalidOperationException($"fixture {file} is invalid: {string.Join("; ", read.Diagnostics)}");
            result.Add(procedure.Code, procedure);
        }

        return result;
    }
}
