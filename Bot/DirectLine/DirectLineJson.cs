using Newtonsoft.Json;

namespace Bot.DirectLine;

/// <summary>The Bot Framework schema types carry Newtonsoft attributes; one shared setting keeps the wire format identical everywhere.</summary>
public static class DirectLineJson
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MaxDepth = 64,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        Formatting = Formatting.None,
    };

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static T? Deserialize<T>(string json) => JsonConvert.DeserializeObject<T>(json, Settings);
}
