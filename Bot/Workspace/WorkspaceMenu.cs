namespace Bot.Workspace;

/// <summary>The sections whose pages this host serves, read once from the app's endpoints.</summary>
public sealed class WorkspaceMenu(EndpointDataSource endpoints)
{
    private readonly Lazy<IReadOnlyList<WorkspaceSection>> _available = new(() =>
    {
        var routes = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return WorkspaceSections.All.Where(s => routes.Contains(s.Path)).ToArray();
    });

    public IReadOnlyList<WorkspaceSection> Sections => _available.Value;
}
