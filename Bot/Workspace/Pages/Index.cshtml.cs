using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bot.Workspace.Pages;

/// <summary>The workspace home: a greeting and the sections this host serves.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
