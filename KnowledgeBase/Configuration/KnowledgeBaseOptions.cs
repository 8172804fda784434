using System.ComponentModel.DataAnnotations;

namespace KnowledgeBase.Configuration;

/// <summary>Section <c>KnowledgeBase</c> of appsettings.json, shared by the Bot and the Indexer.</summary>
public sealed class KnowledgeBaseOptions
{
    public const string SectionName = "KnowledgeBase";

    /// <summary>Folder holding <c>procedures/</c> and <c>synonyms.txt</c>; relative paths resolve against the assistant's base folder.</summary>
    [Required]
    public string ContentPath { get; set; } = "content";

    /// <summary>Folder where the Indexer publishes the index; the Bot reads it.</summary>
    [Required]
    public string IndexPath { get; set; } = "data/index";

    [Required]
    public SearchOptions Search { get; set; } = new();

    /// <summary>How often a running host checks whether a newer build was published; 0 turns the check off.</summary>
    [Range(0, 86400)]
    public int ReloadIntervalSeconds { get; set; } = 30;
}

public sealed class SearchOptions
{
    [Range(1, 50)]
    public int MaxResults { get; set; } = 10;

    /// <summary>Longest query accepted; longer text is truncated rather than refused, so a pasted paragraph still searches.</summary>
    [Range(16, 4096)]
    public int MaxQueryLength { get; set; } = 512;

    [Range(40, 2000)]
    public int SnippetLength { get; set; } = 240;

    /// <summary>
    /// Searches whose results are kept per index build, so a repeated question costs a lookup instead of a search;
    /// up to twice this many are held (see SearchResultCache). 0 turns the cache off.
    /// </summary>
    [Range(0, 1_000_000)]
    public int ResultCacheSize { get; set; } = 4096;

    /// <summary>A copy to adjust for one use (the bench turns the result cache off) without touching the shared options.</summary>
    public SearchOptions Copy() => (SearchOptions)MemberwiseClone();
}
