namespace KnowledgeBase.Indexing;

/// <summary>
/// Judges a new build (folder <paramref name="buildName"/> under <paramref name="indexPath"/>'s builds) before it is
/// published: null lets it be published, any text refuses it and says why.
/// </summary>
public delegate string? PublishCheck(string indexPath, string buildName, CancellationToken cancellationToken);
