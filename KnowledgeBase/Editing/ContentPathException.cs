namespace KnowledgeBase.Editing;

/// <summary>A file name from a browser that is not an editable content file (outside <c>content/</c>, another type, a link).</summary>
public sealed class ContentPathException : Exception
{
    public ContentPathException()
    {
    }

    public ContentPathException(string message)
        : base(message)
    {
    }

    public ContentPathException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
