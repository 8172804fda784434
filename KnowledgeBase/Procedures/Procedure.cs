namespace KnowledgeBase.Procedures;

/// <summary>One administrative procedure as maintained in <c>content/procedures/&lt;code&gt;.md</c>.</summary>
public sealed record Procedure
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Levels { get; init; } = [];
    public string? Ministry { get; init; }
    public string? Field { get; init; }
    public string? Agency { get; init; }
    public string? Applicant { get; init; }
    public string? SourceUrl { get; init; }
    public string? Decision { get; init; }
    public string? ProcedureType { get; init; }
    public DateOnly? Updated { get; init; }

    /// <summary>
    /// Who the procedure is for, when editors know it is narrower than its name says ("Cấp lại thẻ bảo hiểm y tế (thực
    /// hiện tại cấp tỉnh)" is for police staff and their relatives): the search ranks it below procedures for everyone
    /// unless the question names that audience.
    /// </summary>
    public string? Audience { get; init; }

    /// <summary>Colloquial names editors add so citizens' wording finds the procedure.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The channels table: the source of truth for processing time and fee per channel.</summary>
    public IReadOnlyList<ProcedureChannel> Channels { get; init; } = [];

    public IReadOnlyList<ProcedureSection> Sections { get; init; } = [];

    /// <summary>Structured facts from the front matter (editor-correctable); null when the file has none, and they are read from the text.</summary>
    public ProcedureFacts? Facts { get; init; }

    /// <summary>The other records that are the same procedure for a citizen (levels, online-only variant); set by the index build, null when it stands alone.</summary>
    public ProcedureFamily? Family { get; init; }

    /// <summary>Relative path of the file the procedure was read from, for diagnostics and editors.</summary>
    public string? SourceFile { get; init; }

    public ProcedureSection? GetSection(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);

    public string LevelText => Levels.Count == 0 ? "" : string.Join(", ", Levels);
}

/// <summary>One row of the channels table (Trực tiếp / Trực tuyến / Dịch vụ bưu chính).</summary>
public sealed record ProcedureChannel
{
    public required string Channel { get; init; }
    public string? Time { get; init; }
    public string? Fee { get; init; }
    public string? Note { get; init; }
}

/// <summary>An H2 section: its Markdown as written, its plain text, and its top-level list items.</summary>
public sealed record ProcedureSection
{
    public required SectionKind Kind { get; init; }
    public required string Heading { get; init; }
    public required string Markdown { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<string> Items { get; init; } = [];
    public int Line { get; init; }
}
