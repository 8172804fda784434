namespace KnowledgeBase.Editing;

/// <summary>
/// One change an editor made, as kept in the audit log: who, when, what kind of change, which file (null for a
/// publish or rollback) and the file's text before and after (null when it did not exist), or a short detail; for a
/// publish, the build it published.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset Time,
    string Editor,
    string Action,
    string? File,
    string? Before,
    string? After,
    string? Detail,
    string? Build = null)
{
    public const string Save = "save";
    public const string AddAlias = "add-alias";
    public const string AddSynonym = "add-synonym";
    public const string AddRegression = "add-regression";
    public const string Publish = "publish";
    public const string Rollback = "rollback";
}
