using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Bot.Workspace.Pages;

/// <summary>Sign-in with a configured account (locked after repeated failures) or through the city's provider.</summary>
public sealed class SignInModel(EditorSignIn signIn, IOptions<EditorsOptions> options) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "da-dang-xuat")]
    public bool SignedOut { get; set; }

    public EditorSignInResult? Outcome { get; private set; }

    public bool HasAccounts => signIn.HasAccounts;

    public bool OidcEnabled => options.Value.Oidc.IsConfigured;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var attempt = signIn.Verify(Name, Password);
        Password = null;
        if (attempt.Result != EditorSignInResult.Success)
        {
            Outcome = attempt.Result;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, attempt.EditorName!), new Claim("amr", "pwd")],
            EditorWorkspace.CookieScheme);
        await HttpContext.SignInAsync(EditorWorkspace.CookieScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(EditorWorkspace.SafeReturnPath(ReturnUrl));
    }

    public IActionResult OnPostOidc()
    {
        if (!OidcEnabled)
        {
            return NotFound();
        }

        // The provider redirects back cross-site, and a SameSite=Strict cookie is not sent on that navigation: land on
        // a page that needs no cookie and continues from this site.
        var landing = EditorWorkspace.BasePath + "/dang-nhap/tiep-tuc?ReturnUrl=" + Uri.EscapeDataString(EditorWorkspace.SafeReturnPath(ReturnUrl));
        return Challenge(new AuthenticationProperties { RedirectUri = landing }, EditorWorkspace.OidcScheme);
    }
}
