using KnowledgeBase.Configuration;
using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Search;

/// <summary>The learned re-ranking of the top hits over a real index: what it reads, how it re-orders, what it keeps.</summary>
public sealed class LearnedRankingTests(BuiltCatalogueFixture fixture) : IClassFixture<BuiltCatalogueFixture>
{
    private const string Question = "làm lại thẻ căn cước bị mất";

    [Fact]
    public void RankingCandidatesAreTheHandMadeOrderWithOneFeatureRowEach()
    {
        var handMade = HandMade().Search(new SearchRequest(Question) { IncludeSnippets = false });

        var candidates = HandMade().RankingCandidates(Question, depth: 30);

        Assert.True(candidates.Count >= 2, "the question matches several procedures of the test catalogue");
        Assert.Equal(handMade.Select(h => h.Procedure.Code), candidates.Select(c => c.Code));
        Assert.All(candidates, c => Assert.Equal(LearnedRanking.FeatureNames.Count, c.Features.Count));
        Assert.Equal(1f, candidates[0].Features[0]);
        Assert.Equal(1f, candidates[0].Features[1]);
    }

    [Fact]
    public void LearnedWeightsReorderTheTopHitsAndEachPlaceKeepsItsScore()
    {
        var handMade = HandMade().Search(new SearchRequest(Question) { IncludeSnippets = false });
        // All weight against the hand-made order: the hits come out reversed.
        var weights = LearnedRanking.FeatureNames.Select(name => name == "prior" ? -1f : 0f).ToArray();
        using var learned = new LuceneProcedureSearch(fixture.Catalogue.IndexPath, new SearchOptions(),
            tuning: SearchTuning.Default with { LearnedRanking = new LearnedRanking(LearnedRanking.FeatureNames, weights, Depth: 30) });

        var reordered = learned.Search(new SearchRequest(Question) { IncludeSnippets = false });

        Assert.Equal(handMade.Select(h => h.Procedure.Code).Reverse(), reordered.Select(h => h.Procedure.Code));
        Assert.Equal(handMade.Select(h => h.Score), reordered.Select(h => h.Score));
    }

    [Fact]
    public void AWeightsFileRoundTrips()
    {
        var ranking = new LearnedRanking(LearnedRanking.FeatureNames, [.. LearnedRanking.FeatureNames.Select((_, i) => i / 4f)], Depth: 20);

        var read = LearnedRanking.Parse(ranking.ToJson());

        Assert.Equal(ranking.Features, read.Features);
        Assert.Equal(ranking.Weights, read.Weights);
        Assert.Equal(20, read.Depth);
    }

    [Fact]
    public void AWeightsFileLearnedForOtherFeaturesIsRefused()
    {
        var json = new LearnedRanking(["prior", "score"], [1f, 0.5f], Depth: 30).ToJson();

        var error = Assert.Throws<InvalidDataException>(() => LearnedRanking.Parse(json));

        Assert.Contains("learn it again", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBundledWeightsFileWhenThereIsOneIsForThisCodesFeatures()
    {
        // A stale file (features renamed, added or removed since it was learned) fails here rather than at start-up.
        var bundled = LearnedRanking.Bundled;

        Assert.True(bundled is null || bundled.Features.SequenceEqual(LearnedRanking.FeatureNames));
        Assert.Same(bundled, SearchTuning.Default.LearnedRanking);
    }

    private LuceneProcedureSearch HandMade() => fixture.Search;
}
