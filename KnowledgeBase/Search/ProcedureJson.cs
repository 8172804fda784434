using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeBase.Procedures;

namespace KnowledgeBase.Search;

/// <summary>The serialized form of a procedure stored inside the index.</summary>
public static class ProcedureJson
{
    public static string Serialize(Procedure procedure) =>
        JsonSerializer.Serialize(procedure, ProcedureJsonContext.Default.Procedure);

    public static Procedure Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ProcedureJsonContext.Default.Procedure)
        ?? throw new JsonException("stored procedure is null");
}

[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Procedure))]
internal sealed partial class ProcedureJsonContext : JsonSerializerContext;
