using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeBase.Indexing;

/// <summary>What a published build holds, written next to the Lucene files as <c>manifest.json</c>.</summary>
public sealed record IndexManifest
{
    /// <summary>Bumped whenever fields or analysis change, so a searcher never opens an index it cannot read correctly.</summary>
    public const int CurrentFormat = 10;

    public required int Format { get; init; }

    /// <summary>The build folder name, <c>&lt;utc-stamp&gt;-&lt;hash&gt;</c>.</summary>
    public required string Version { get; init; }

    public required string ContentFingerprint { get; init; }

    public required int ProcedureCount { get; init; }

    public required DateTimeOffset BuiltAt { get; init; }

    /// <summary>SHA-256 of the synonyms file bundled with the build; empty when there was none.</summary>
    public required string SynonymsHash { get; init; }

    public required int SynonymRules { get; init; }

    public static IndexManifest Read(string path) =>
        JsonSerializer.Deserialize(File.ReadAllText(path), IndexManifestJsonContext.Default.IndexManifest)
        ?? throw new InvalidDataException($"{path}: empty manifest");

    public void Write(string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(this, IndexManifestJsonContext.Default.IndexManifest));
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IndexManifest))]
internal sealed partial class IndexManifestJsonContext : JsonSerializerContext;
