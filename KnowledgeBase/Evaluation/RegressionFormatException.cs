namespace KnowledgeBase.Evaluation;

/// <summary>A regression-file line that cannot be read; carries the line number so it can be fixed.</summary>
public sealed class RegressionFormatException : FormatException
{
    public RegressionFormatException()
    {
    }

    public RegressionFormatException(string message)
        : base(message)
    {
    }

    public RegressionFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RegressionFormatException(string source, int line, string problem, Exception? innerException = null)
        : base($"{source}:{line}: {problem}", innerException)
    {
        SourceName = source;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file (or name) the cases were read from.</summary>
    public string? SourceName { get; }

    public int Line { get; }

    /// <summary>What is wrong with the line, without the file and line number.</summary>
    public string? Problem { get; }
}
