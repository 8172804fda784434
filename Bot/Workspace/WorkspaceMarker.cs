namespace Bot.Workspace;

/// <summary>Registered only with the workspace, so mapping can tell whether <c>AddEditorWorkspace</c> turned it on.</summary>
internal sealed class WorkspaceMarker;
