using KnowledgeBase.IO;

namespace KnowledgeBase.Indexing;

/// <summary>
/// The on-disk layout of an index folder:
/// <code>
/// &lt;IndexPath&gt;/current                      pointer: the name of the published build (replaced atomically)
/// &lt;IndexPath&gt;/builds/&lt;stamp&gt;-&lt;hash&gt;/       a complete build: Lucene files, manifest.json, synonyms.txt,
///                                          content-files.json (hash of each content file built),
///                                          previous (the build that was current when this one was published)
/// &lt;IndexPath&gt;/builds/&lt;name&gt;.partial/      a build in progress; never pointed at
/// </code>
/// </summary>
public static class IndexLayout
{
    public const string PointerFile = "current";
    public const string BuildsFolder = "builds";
    public const string ManifestFile = "manifest.json";
    public const string SynonymsFile = "synonyms.txt";
    public const string ContentFilesFile = "content-files.json";
    public const string PreviousFile = "previous";
    public const string PartialSuffix = ".partial";
    public const string LockFile = "build.lock";

    public static string BuildsPath(string indexPath) => Path.Combine(indexPath, BuildsFolder);

    public static string BuildPath(string indexPath, string buildName) => Path.Combine(BuildsPath(indexPath), buildName);

    /// <summary>The published build's name, or null when nothing was published or the pointer is not a plain build name.</summary>
    public static string? ReadCurrent(string indexPath)
    {
        var pointer = Path.Combine(indexPath, PointerFile);
        string name;
        try
        {
            name = File.ReadAllText(pointer).Trim();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        return IsBuildName(name) ? name : null;
    }

    /// <summary>Points <c>current</c> at <paramref name="buildName"/>: write a temp file, then rename over the pointer,
    /// so a reader sees the old name or the new one and never a torn file.</summary>
    public static void PublishCurrent(string indexPath, string buildName)
    {
        if (!IsBuildName(buildName))
        {
            throw new ArgumentException($"'{buildName}' is not a build name", nameof(buildName));
        }

        AtomicFile.WriteAllText(Path.Combine(indexPath, PointerFile), buildName);
    }

    /// <summary>The build that was current when <paramref name="buildName"/> was published; null when unknown.</summary>
    public static string? ReadPrevious(string indexPath, string buildName)
    {
        try
        {
            var name = File.ReadAllText(Path.Combine(BuildPath(indexPath, buildName), PreviousFile)).Trim();
            return IsBuildName(name) ? name : null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A build name is a single folder name: the pointer can never lead outside <c>builds/</c>.</summary>
    public static bool IsBuildName(string name) =>
        name.Length is > 0 and <= 128 &&
        !name.EndsWith(PartialSuffix, StringComparison.Ordinal) &&
        name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
