using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace KnowledgeBase.Configuration;

/// <summary>
/// Adds the repository's shared appsettings.json (the copy next to the binary, then the one in the assistant's base
/// folder) as the lowest-priority sources, so the Bot and the Indexer read the same file and environment variables,
/// command-line arguments and test overrides still win.
/// </summary>
public static class AssistantConfiguration
{
    public const string FileName = "appsettings.json";

    public static IConfigurationBuilder AddAssistantSettings(this IConfigurationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var binaryCopy = Path.Combine(AppContext.BaseDirectory, FileName);
        var checkout = Path.Combine(AssistantPaths.BaseDirectory, FileName);
        if (builder.Sources.OfType<JsonConfigurationSource>().Any(s => s.Path == checkout))
        {
            return builder;
        }

        // Inserted at the front so they rank below everything the host already added.
        builder.Sources.Insert(0, JsonSource(checkout));
        if (!string.Equals(Path.GetFullPath(binaryCopy), Path.GetFullPath(checkout), StringComparison.Ordinal))
        {
            builder.Sources.Insert(0, JsonSource(binaryCopy));
        }

        return builder;
    }

    private static JsonConfigurationSource JsonSource(string path)
    {
        var source = new JsonConfigurationSource { Path = path, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        return source;
    }
}
