using System.ComponentModel.DataAnnotations;

namespace KnowledgeBase.Editing;

/// <summary>Section <c>KnowledgeBase:Editing</c>: where editors' changes are recorded and how many builds are kept for rollback.</summary>
public sealed class EditingOptions
{
    public const string SectionName = "KnowledgeBase:Editing";

    /// <summary>Folder of the audit log (<c>edits.jsonl</c>), shared by every host; relative paths resolve against the assistant's base folder.</summary>
    [Required]
    public string AuditPath { get; set; } = "data/audit";

    /// <summary>Published builds kept on disk (the current one included), so an editor can roll back to an earlier one.</summary>
    [Range(2, 50)]
    public int KeepBuilds { get; set; } = 5;
}
