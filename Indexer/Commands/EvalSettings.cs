namespace Indexer.Commands;

/// <summary>What one <c>eval</c> run measures: the dev set, the baseline beside it, the ranking depth, misses, a score threshold.</summary>
internal sealed record EvalSettings(string QuestionsPath, bool Baseline, int K, bool Verbose, float? Threshold);
