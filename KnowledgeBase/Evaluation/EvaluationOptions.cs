namespace KnowledgeBase.Evaluation;

/// <summary>Knobs of one evaluation run.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Ranking depth: results beyond it are ignored. Recall@1/5/10 and MRR@10 are always reported.</summary>
    public int K { get; init; } = 10;

    /// <summary>Optional top score of a question, used to judge out-of-scope questions against <see cref="ScoreThreshold"/>.</summary>
    public Func<string, float?>? TopScore { get; init; }

    /// <summary>A top score below this means the search found nothing convincing.</summary>
    public float? ScoreThreshold { get; init; }
}
