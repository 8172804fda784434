using System.Text;

namespace KnowledgeBase.IO;

/// <summary>
/// Replaces a file's bytes in one step: write a temp file in the same folder, flush it to disk, then rename it over
/// the target. Several hosts share the content and index folders, so a reader must see the old bytes or the new ones,
/// never a half-written file.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        // A dot name ending in .tmp: no content or index reader picks it up (they look for *.md, builds, "current").
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
