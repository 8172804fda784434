using KnowledgeBase.Procedures;

namespace KnowledgeBase.Content;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>A problem found in a content file, printed as <c>file:line: message</c>.</summary>
public sealed record ContentDiagnostic(string File, int Line, DiagnosticSeverity Severity, string Message)
{
    public override string ToString() =>
        $"{File}:{Line}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}

/// <summary>The outcome of reading one file: the procedure when it could be read, and every problem found.</summary>
public sealed record ProcedureReadResult(Procedure? Procedure, IReadOnlyList<ContentDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
