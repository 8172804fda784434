using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bot.Workspace.Pages;

/// <summary>Ends the editor's session; a POST with the antiforgery token, so no other site can sign an editor out.</summary>
public sealed class SignOutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(EditorWorkspace.CookieScheme);
        return LocalRedirect(EditorWorkspace.SignInPath + "?da-dang-xuat=true");
    }
}
