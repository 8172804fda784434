using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeBase.Content;
using KnowledgeBase.Search.Synonyms;

namespace KnowledgeBase.Indexing;

/// <summary>
/// The SHA-256 of every content file a build was made from (<c>content-files.json</c> in the build folder), by path
/// relative to the content folder, so editors can see what changed between two builds or since the published one.
/// </summary>
public sealed record BuildContentFiles(IReadOnlyDictionary<string, string> Files)
{
    public static BuildContentFiles Of(ContentSnapshot content, SynonymSet synonyms)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(synonyms);
        var files = new SortedDictionary<string, string>(content.FileHashes.ToDictionary(), StringComparer.Ordinal);
        if (synonyms.Hash.Length > 0)
        {
            files[IndexBuilder.SynonymsFile] = synonyms.Hash;
        }

        return new BuildContentFiles(files);
    }

    /// <summary>The build's record, or null for a build made before builds kept one.</summary>
    public static BuildContentFiles? Read(string buildPath)
    {
        var path = Path.Combine(buildPath, IndexLayout.ContentFilesFile);
        if (!File.Exists(path))
        {
            return null;
        }

        var files = JsonSerializer.Deserialize(File.ReadAllText(path), BuildContentFilesJsonContext.Default.DictionaryStringString);
        return files is null ? null : new BuildContentFiles(files);
    }

    public void Write(string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(Files.ToDictionary(), BuildContentFilesJsonContext.Default.DictionaryStringString));
}

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class BuildContentFilesJsonContext : JsonSerializerContext;
