using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeBase.Search;

/// <summary>
/// A linear re-ranking of the top hits learned on question sets with cross-validation (<c>Indexer learn-ranking</c>):
/// each hit's <see cref="RankingFeatures"/> times <see cref="Weights"/> orders the first <see cref="Depth"/> hits. The
/// hits keep the scores of the places they land on (the first hit gets the first score, and so on), so everything that
/// reads scores (the bot's matcher and its thresholds) sees the same scale as without it.
/// </summary>
/// <param name="Features">The feature names the weights were learned for, in order (<see cref="RankingFeatures.Names"/>).</param>
/// <param name="Weights">One weight per feature.</param>
/// <param name="Depth">How many of the top hits are re-ordered.</param>
public sealed record LearnedRanking(IReadOnlyList<string> Features, IReadOnlyList<float> Weights, int Depth)
{
    /// <summary>The file bundled with this code (<c>KnowledgeBase/Search/LearnedRanking.json</c>); null when it holds no weights.</summary>
    public static LearnedRanking? Bundled { get; } = ReadBundled();

    /// <summary>The feature names this code computes, in order: what a weights file must list.</summary>
    public static IReadOnlyList<string> FeatureNames => RankingFeatures.Names;

    public static LearnedRanking Parse(string json)
    {
        var ranking = JsonSerializer.Deserialize(json, LearnedRankingJson.Default.LearnedRanking)
            ?? throw new InvalidDataException("learned ranking: empty file");
        if (!ranking.Features.SequenceEqual(RankingFeatures.Names, StringComparer.Ordinal) || ranking.Weights.Count != ranking.Features.Count)
        {
            throw new InvalidDataException(
                $"learned ranking: the file's features ({string.Join(", ", ranking.Features)}) are not this code's ({string.Join(", ", RankingFeatures.Names)}); learn it again");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(ranking.Depth, 2, "Depth");
        return ranking;
    }

    public string ToJson() => JsonSerializer.Serialize(this, LearnedRankingJson.Default.LearnedRanking);

    /// <summary>The learned score of one hit's features.</summary>
    public float Score(ReadOnlySpan<float> features)
    {
        var sum = 0f;
        for (var i = 0; i < features.Length; i++)
        {
            sum += Weights[i] * features[i];
        }

        return sum;
    }

    /// <summary>
    /// The order of <paramref name="rows"/> (one per hit, in the hand-made order) by learned score, best first; equal
    /// scores keep the hand-made order.
    /// </summary>
    public int[] Order(float[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var scores = new float[rows.Length];
        var order = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            scores[i] = Score(rows[i]);
            order[i] = i;
        }

        Array.Sort(order, (a, b) => scores[b].CompareTo(scores[a]) is var byScore and not 0 ? byScore : a.CompareTo(b));
        return order;
    }

    /// <summary>The first rows of <paramref name="hits"/> re-ordered by <see cref="Order"/>, each place keeping its score.</summary>
    internal static (int Doc, float Score)[] Apply((int Doc, float Score)[] hits, int[] order)
    {
        var ranked = ((int Doc, float Score)[])hits.Clone();
        for (var place = 0; place < order.Length; place++)
        {
            ranked[place] = (hits[order[place]].Doc, hits[place].Score);
        }

        return ranked;
    }

    private static LearnedRanking? ReadBundled()
    {
        using var stream = typeof(LearnedRanking).Assembly.GetManifestResourceStream("KnowledgeBase.Search.LearnedRanking.json");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        return string.IsNullOrWhiteSpace(text) ? null : Parse(text);
    }
}

/// <summary>One hit of the hand-made ranking and its <see cref="LearnedRanking"/> features, in <see cref="LearnedRanking.FeatureNames"/> order.</summary>
public sealed record RankingCandidate(string Code, IReadOnlyList<float> Features);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LearnedRanking))]
internal sealed partial class LearnedRankingJson : JsonSerializerContext;
