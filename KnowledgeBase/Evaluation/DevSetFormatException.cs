namespace KnowledgeBase.Evaluation;

/// <summary>A dev-set line that cannot be read; carries the line number so the label can be fixed.</summary>
public sealed class DevSetFormatException : FormatException
{
    public DevSetFormatException()
    {
    }

    public DevSetFormatException(string message)
        : base(message)
    {
    }

    public DevSetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DevSetFormatException(string source, int line, string problem, Exception? innerException = null)
        : base($"{source}:{line}: {problem}", innerException)
    {
        SourceName = source;
        Line = line;
    }

    /// <summary>The file (or name) the dev set was read from.</summary>
    public string? SourceName { get; }

    public int Line { get; }
}
