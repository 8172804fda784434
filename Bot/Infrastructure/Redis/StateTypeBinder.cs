using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Bot.Infrastructure.Redis;

/// <summary>
/// Bot Framework state is stored with <c>$type</c> names (as <c>MemoryStorage</c> does) so typed state round-trips.
/// Reading type names from a shared store is only safe with an allow-list: this binder accepts the application's
/// own types, Bot Framework types and plain data types (primitives, collections of allowed types), and refuses
/// everything else before any type is loaded, so a tampered Redis cannot instantiate arbitrary classes.
/// </summary>
internal sealed class StateTypeBinder : ISerializationBinder
{
    private static readonly DefaultSerializationBinder Default = new();

    private static readonly HashSet<string> ApplicationAssemblies = new(StringComparer.Ordinal)
    {
        "Bot", "KnowledgeBase", "Microsoft.Bot.Builder", "Microsoft.Bot.Schema", "Microsoft.Bot.Builder.Dialogs",
        "Newtonsoft.Json",
    };

    private static readonly HashSet<Type> PlainTypes =
    [
        typeof(object), typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(sbyte), typeof(short),
        typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double),
        typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid), typeof(Uri),
        typeof(DateOnly), typeof(TimeOnly),
    ];

    private static readonly HashSet<Type> GenericCollections =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(Nullable<>), typeof(KeyValuePair<,>),
        typeof(SortedDictionary<,>), typeof(Queue<>), typeof(Stack<>), typeof(LinkedList<>),
        typeof(System.Collections.Concurrent.ConcurrentDictionary<,>), typeof(IList<>), typeof(IDictionary<,>),
        typeof(IReadOnlyList<>), typeof(IReadOnlyDictionary<,>), typeof(IEnumerable<>), typeof(ICollection<>),
    ];

    public static StateTypeBinder Instance { get; } = new();

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        Default.BindToName(serializedType, out assemblyName, out typeName);

    public Type BindToType(string? assemblyName, string typeName)
    {
        // Check the outer assembly name before resolving: resolving may load an assembly.
        if (assemblyName is not null && !IsKnownAssembly(assemblyName))
        {
            throw Refused(typeName, assemblyName);
        }

        var type = Default.BindToType(assemblyName, typeName);
        return IsAllowed(type) ? type : throw Refused(typeName, assemblyName);
    }

    private static bool IsKnownAssembly(string assemblyName) =>
        ApplicationAssemblies.Contains(assemblyName)
        || assemblyName is "System.Private.CoreLib" or "mscorlib" or "System.Collections" or "System.Collections.Concurrent"
            or "System.Runtime" or "System.Private.Uri" or "netstandard";

    private static bool IsAllowed(Type type)
    {
        if (type.IsArray)
        {
            return IsAllowed(type.GetElementType()!);
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var definitionAllowed = GenericCollections.Contains(definition) || IsApplicationType(definition);
            return definitionAllowed && type.GetGenericArguments().All(IsAllowed);
        }

        return PlainTypes.Contains(type) || IsApplicationType(type) || (type.IsEnum && IsApplicationType(type));
    }

    private static bool IsApplicationType(Type type) => ApplicationAssemblies.Contains(type.Assembly.GetName().Name ?? string.Empty);

    private static JsonSerializationException Refused(string typeName, string? assemblyName) =>
        new($"Stored state names type '{typeName}, {assemblyName}', which is not allowed in bot state.");
}
