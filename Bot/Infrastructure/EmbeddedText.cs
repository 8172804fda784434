using System.Reflection;

namespace Bot;

/// <summary>Reads UTF-8 text resources embedded in an assembly (templates and citizen-facing messages live in files).</summary>
public static class EmbeddedText
{
    public static string Read(Assembly assembly, string name)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' not found.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().TrimEnd('\n', '\r');
    }
}
