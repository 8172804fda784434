using KnowledgeBase.Search;

namespace KnowledgeBase.Evaluation;

/// <summary>One ranking weight of <see cref="SearchTuning"/> that <see cref="RankingTuner"/> may move.</summary>
public sealed record TunableWeight(string Name, Func<SearchTuning, float> Get, Func<SearchTuning, float, SearchTuning> Set);

/// <summary>
/// The query-time weights of <see cref="SearchTuning"/>: every one can change without rebuilding the index, so a
/// tuning run opens the same build with different weights.
/// </summary>
public static class TunableWeights
{
    public static IReadOnlyList<TunableWeight> All { get; } =
    [
        new(nameof(SearchTuning.NameWeight), t => t.NameWeight, (t, v) => t with { NameWeight = v }),
        new(nameof(SearchTuning.AliasWeight), t => t.AliasWeight, (t, v) => t with { AliasWeight = v }),
        new(nameof(SearchTuning.MetaWeight), t => t.MetaWeight, (t, v) => t with { MetaWeight = v }),
        new(nameof(SearchTuning.BodyWeight), t => t.BodyWeight, (t, v) => t with { BodyWeight = v }),
        new(nameof(SearchTuning.AccentedWeight), t => t.AccentedWeight, (t, v) => t with { AccentedWeight = v }),
        new(nameof(SearchTuning.BigramWeight), t => t.BigramWeight, (t, v) => t with { BigramWeight = v }),
        new(nameof(SearchTuning.SynonymWeight), t => t.SynonymWeight, (t, v) => t with { SynonymWeight = v }),
        new(nameof(SearchTuning.NameCoverageBoost), t => t.NameCoverageBoost, (t, v) => t with { NameCoverageBoost = v }),
        new(nameof(SearchTuning.PhraseKeyWeight), t => t.PhraseKeyWeight, (t, v) => t with { PhraseKeyWeight = v }),
        new(nameof(SearchTuning.PhraseObjectWeight), t => t.PhraseObjectWeight, (t, v) => t with { PhraseObjectWeight = v }),
        new(nameof(SearchTuning.PhrasePrefixWeight), t => t.PhrasePrefixWeight, (t, v) => t with { PhrasePrefixWeight = v }),
        new(nameof(SearchTuning.RareNameWeight), t => t.RareNameWeight, (t, v) => t with { RareNameWeight = v }),
        new(nameof(SearchTuning.FieldTieBreaker), t => t.FieldTieBreaker, (t, v) => t with { FieldTieBreaker = v }),
    ];

    /// <summary>A stable text key of a tuning's tunable weights, so measured settings are cached and printed the same way.</summary>
    public static string Describe(SearchTuning tuning) =>
        string.Join(", ", All.Select(w => $"{w.Name}={w.Get(tuning).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}"));
}
