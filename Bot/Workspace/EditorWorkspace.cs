using System.Security.Claims;

namespace Bot.Workspace;

/// <summary>Names every workspace page relies on: where it lives, how editors are authenticated and authorized.</summary>
public static class EditorWorkspace
{
    /// <summary>Every workspace route starts here; the cookies are scoped to it.</summary>
    public const string BasePath = "/bien-tap";

    public const string SignInPath = BasePath + "/dang-nhap";

    public const string SignOutPath = BasePath + "/dang-xuat";

    /// <summary>The cookie scheme that carries a signed-in editor.</summary>
    public const string CookieScheme = "Editors";

    /// <summary>The city identity provider's scheme, registered only when <c>Editors:Oidc:Authority</c> is set.</summary>
    public const string OidcScheme = "EditorsOidc";

    /// <summary>The authorization policy every workspace page except sign-in carries (by folder convention).</summary>
    public const string PolicyName = "Editor";

    /// <summary>The signed-in editor's name as the audit log and the pages show it.</summary>
    public static string EditorName(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name
            ?? user.FindFirst("preferred_username")?.Value
            ?? user.FindFirst(ClaimTypes.Email)?.Value
            ?? user.FindFirst("sub")?.Value
            ?? "";
    }

    /// <summary>A return address the sign-in may send the browser back to: inside the workspace and on this site only.</summary>
    public static string SafeReturnPath(string? returnUrl) =>
        returnUrl is { Length: > 0 }
            && returnUrl.StartsWith(BasePath, StringComparison.Ordinal)
            && !returnUrl.Contains("//", StringComparison.Ordinal)
            && !returnUrl.Contains('\\', StringComparison.Ordinal)
            ? returnUrl
            : BasePath;
}
