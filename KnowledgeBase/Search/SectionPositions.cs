namespace KnowledgeBase.Search;

/// <summary>
/// Maps a position in <see cref="SearchFields.BodyFolded"/> to the section it belongs to. Sections are indexed as
/// consecutive values separated by a position gap far larger than any document, so the n-th section's tokens all
/// sit in [n × Gap, (n + 1) × Gap).
/// </summary>
public static class SectionPositions
{
    /// <summary>2^26 positions per section: ten sections stay below int.MaxValue, and no procedure has 67 million words.</summary>
    public const int Gap = 1 << 26;

    public static int SectionOrdinal(int position) => position / Gap;
}
