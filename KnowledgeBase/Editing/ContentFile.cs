using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Content;

namespace KnowledgeBase.Editing;

/// <summary>
/// A content file as an editor opened it. <paramref name="ETag"/> identifies the bytes read: a save that names it
/// succeeds only while the file still holds those bytes, so two editors never overwrite each other unknowingly.
/// </summary>
public sealed record ContentFile(string RelativePath, string Text, string ETag, bool Exists)
{
    /// <summary>The ETag of a file that does not exist yet (saving with it creates the file).</summary>
    public const string MissingETag = "missing";

    public static string ETagOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    public static string ETagOf(string text) => ETagOf(Encoding.UTF8.GetBytes(text));
}

public enum SaveOutcome
{
    /// <summary>The text was written (or was already the file's text) and the change was logged.</summary>
    Saved,

    /// <summary>The file changed since the editor opened it; nothing was written. <see cref="SaveResult.Current"/> holds what is there now.</summary>
    Conflict,

    /// <summary>The text has errors (<see cref="SaveResult.Diagnostics"/>); nothing was written.</summary>
    Invalid,
}

/// <summary>The outcome of a save: the file as it now is on disk, and every problem found in the submitted text.</summary>
public sealed record SaveResult(SaveOutcome Outcome, ContentFile Current, IReadOnlyList<ContentDiagnostic> Diagnostics)
{
    public bool Succeeded => Outcome == SaveOutcome.Saved;
}
