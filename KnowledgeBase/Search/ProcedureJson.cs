using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeBase.Procedures;

namespace KnowledgeBase.Search;

/// <summary>The serialized form of a procedure stored inside the index: UTF-8 JSON.</summary>
public static class ProcedureJson
{
    // Vietnamese text stays raw UTF-8: the default encoder escapes every accented letter as \uXXXX, which tripled
    // the stored size. The JSON is never embedded in HTML, so relaxed escaping is safe here.
    private static readonly ProcedureJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    });

    public static byte[] Serialize(Procedure procedure) =>
        JsonSerializer.SerializeToUtf8Bytes(procedure, Context.Procedure);

    public static Procedure Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, Context.Procedure) ?? throw new JsonException("stored procedure is null");
}

[JsonSerializable(typeof(Procedure))]
internal sealed partial class ProcedureJsonContext : JsonSerializerContext;
