namespace KnowledgeBase.Configuration;

/// <summary>
/// Resolves relative paths from configuration. The base folder is the nearest ancestor of the working
/// directory that holds <c>content/</c> (a checkout or a container's app folder), else the working directory,
/// so <c>dotnet run --project Bot</c> from the repository root and a published app both find their content.
/// </summary>
public static class AssistantPaths
{
    public static string BaseDirectory { get; } = FindBase(Directory.GetCurrentDirectory());

    public static string Resolve(string path) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(BaseDirectory, path));

    internal static string FindBase(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "content", "procedures")))
            {
                return dir.FullName;
            }
        }

        return start;
    }
}
