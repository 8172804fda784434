using System.Globalization;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Evaluation;
using KnowledgeBase.Indexing;
using KnowledgeBase.Search;

namespace Bot.Tests.Evaluation;

public sealed class RetrievalFloorsTests : IDisposable
{
    private readonly string _indexFolder = Directory.CreateTempSubdirectory("retrieval-floors-").FullName;

    public void Dispose() => Directory.Delete(_indexFolder, recursive: true);

    // The brief's targets: recall@1 >= 0.90 and recall@5 >= 0.98 on the dev set (session 5, `Indexer eval`: R@1 0.913,
    // R@5 0.989), and questions without diacritics within 3 points of the same questions with them (0.870 stripped
    // against 0.895). Equal scores are ordered by code, so a rebuild does not move the figures. Raise the floors as the
    // search improves, never lower them.
    private const double RecallAt1Floor = 0.90;
    private const double RecallAt5Floor = 0.98;

    // The held-out set (written blind, session 4): R@1 0.800, R@5 0.909 with the same search. Its half A's misses were
    // read while tuning; half B's were not. A floor here catches a change that only helps the dev set.
    private const double HeldOutRecallAt1Floor = 0.79;
    private const double HeldOutRecallAt5Floor = 0.90;

    [Fact]
    public void RetrievalFloorsHoldOnTheDevSetAndTheHeldOutSet()
    {
        var questions = DevSetReader.ReadFile(RepositoryFiles.DevSet);
        var content = ContentLoader.Load(RepositoryFiles.Content);
        var build = new IndexBuilder().Build(RepositoryFiles.Content, _indexFolder);
        Assert.True(build.Succeeded, build.Error);
        using var search = new LuceneProcedureSearch(_indexFolder, new SearchOptions());
        using var baseline = new BaselineBm25Index(content.Procedures);

        var main = RetrievalEvaluator.Evaluate(questions, q => search.Search(new SearchRequest(q)).Select(h => h.Procedure.Code).ToArray());
        var plain = RetrievalEvaluator.Evaluate(questions, q => baseline.Search(q));
        var figures = $"main {Describe(main)}; baseline {Describe(plain)}";

        Assert.True(main.Overall.RecallAt1 >= RecallAt1Floor, $"recall@1 below {RecallAt1Floor}: " + figures);
        Assert.True(main.Overall.RecallAt5 >= RecallAt5Floor, $"recall@5 below {RecallAt5Floor}: " + figures);
        Assert.True(main.WithoutDiacritics.RecallAt1 >= main.WithDiacritics.RecallAt1 - 0.03, "no-diacritics recall@1 more than 3 points behind: " + figures);
        Assert.True(main.WithoutDiacritics.RecallAt5 >= main.WithDiacritics.RecallAt5 - 0.03, "no-diacritics recall@5 more than 3 points behind: " + figures);
        Assert.True(main.StrippedOfDiacritics.RecallAt1 >= main.WithDiacritics.RecallAt1 - 0.03, "the same questions stripped of diacritics more than 3 points behind at recall@1: " + figures);
        Assert.True(main.StrippedOfDiacritics.RecallAt5 >= main.WithDiacritics.RecallAt5 - 0.03, "the same questions stripped of diacritics more than 3 points behind at recall@5: " + figures);
        Assert.True(main.Overall.RecallAt1 > plain.Overall.RecallAt1 && main.Overall.MrrAt10 > plain.Overall.MrrAt10, "not ahead of plain BM25: " + figures);

        var heldOut = RetrievalEvaluator.Evaluate(DevSetReader.ReadFile(RepositoryFiles.HeldOutSet), q => search.Search(new SearchRequest(q)).Select(h => h.Procedure.Code).ToArray());
        Assert.True(heldOut.Overall.RecallAt1 >= HeldOutRecallAt1Floor, $"held-out recall@1 below {HeldOutRecallAt1Floor}: {Describe(heldOut)}");
        Assert.True(heldOut.Overall.RecallAt5 >= HeldOutRecallAt5Floor, $"held-out recall@5 below {HeldOutRecallAt5Floor}: {Describe(heldOut)}");
    }

    private static string Describe(EvaluationReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"R@1 {report.Overall.RecallAt1:0.000} R@5 {report.Overall.RecallAt5:0.000} MRR@10 {report.Overall.MrrAt10:0.000} " +
        $"(accented R@1 {report.WithDiacritics.RecallAt1:0.000} R@5 {report.WithDiacritics.RecallAt5:0.000}, " +
        $"no diacritics R@1 {report.WithoutDiacritics.RecallAt1:0.000} R@5 {report.WithoutDiacritics.RecallAt5:0.000}, " +
        $"accented stripped R@1 {report.StrippedOfDiacritics.RecallAt1:0.000} R@5 {report.StrippedOfDiacritics.RecallAt5:0.000})");
}
