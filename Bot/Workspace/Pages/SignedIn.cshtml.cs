using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bot.Workspace.Pages;

/// <summary>
/// Where the identity provider's redirect ends. The browser does not send the SameSite=Strict cookie on a navigation
/// that started on another site, so the editor continues with a link from this site instead.
/// </summary>
public sealed class SignedInModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string Next => EditorWorkspace.SafeReturnPath(ReturnUrl);

    public void OnGet()
    {
    }
}
