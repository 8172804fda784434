using System.Text.Encodings.Web;
using System.Text.Unicode;
using Bot.Workspace.Editing;
using Bot.Workspace.Inbox;
using KnowledgeBase.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Workspace;

/// <summary>
/// The editors' workspace at <c>/bien-tap</c>: Razor Pages under <c>Bot/Workspace/Pages</c>, a cookie for signed-in
/// editors, antiforgery on every form, and optionally the city's OpenID Connect provider. Registered only when
/// <c>Editors</c> names an account or a provider; otherwise nothing of it exists and <c>/bien-tap</c> is a 404.
/// </summary>
public static class EditorWorkspaceExtensions
{
    public static WebApplicationBuilder AddEditorWorkspace(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!EditorsOptions.IsConfigured(builder.Configuration))
        {
            return builder;
        }

        var services = builder.Services;
        var section = builder.Configuration.GetSection(EditorsOptions.SectionName);
        services.AddOptions<EditorsOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EditorsOptions>, EditorsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WorkspaceMarker>();
        services.TryAddSingleton<EditorSignIn>();
        services.TryAddSingleton<WorkspaceMenu>();
        services.TryAddSingleton<CurrentReplies>();
        services.TryAddSingleton<EditorInbox>();
        services.TryAddSingleton<ProcedureLookup>();

        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Workspace/Pages";
            pages.Conventions.AuthorizeFolder("/", EditorWorkspace.PolicyName);
            pages.Conventions.AllowAnonymousToPage("/SignIn");
            pages.Conventions.AllowAnonymousToPage("/SignedIn");
        });

        // Razor encodes every non-ASCII letter as an entity by default; Vietnamese pages stay readable as UTF-8
        // (markup characters are still escaped).
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // Cookies are protected with these keys: in a shared folder, any instance reads a cookie another issued.
        var keys = section.Get<EditorsOptions>()?.KeysPath is { Length: > 0 } path ? path : new EditorsOptions().KeysPath;
        services.AddDataProtection()
            .SetApplicationName("assistant-editors")
            .PersistKeysToFileSystem(new DirectoryInfo(AssistantPaths.Resolve(keys)));

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "bien-tap.af";
            antiforgery.Cookie.Path = EditorWorkspace.BasePath;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = "__RequestVerificationToken";
        });

        var authentication = services.AddAuthentication(EditorWorkspace.CookieScheme)
            .AddCookie(EditorWorkspace.CookieScheme, cookie =>
            {
                cookie.Cookie.Name = "bien-tap";
                cookie.Cookie.Path = EditorWorkspace.BasePath;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = EditorWorkspace.SignInPath;
                cookie.LogoutPath = EditorWorkspace.SignOutPath;
                cookie.AccessDeniedPath = EditorWorkspace.SignInPath;
            });
        services.AddOptions<CookieAuthenticationOptions>(EditorWorkspace.CookieScheme)
            .Configure<IOptions<EditorsOptions>>((cookie, editors) => cookie.ExpireTimeSpan = editors.Value.SessionIdleTimeout);

        var oidc = section.GetSection(nameof(EditorsOptions.Oidc)).Get<EditorOidcOptions>() ?? new EditorOidcOptions();
        if (oidc.IsConfigured)
        {
            authentication.AddOpenIdConnect(EditorWorkspace.OidcScheme, "Tài khoản thành phố", openId =>
            {
                openId.SignInScheme = EditorWorkspace.CookieScheme;
                openId.Authority = oidc.Authority;
                openId.ClientId = oidc.ClientId;
                openId.ClientSecret = string.IsNullOrWhiteSpace(oidc.ClientSecret) ? null : oidc.ClientSecret;
                openId.ResponseType = OpenIdConnectResponseType.Code;
                openId.UsePkce = true;
                openId.MapInboundClaims = false;
                openId.SaveTokens = false;
                openId.CallbackPath = EditorWorkspace.BasePath + "/signin-oidc";
                openId.SignedOutCallbackPath = EditorWorkspace.BasePath + "/signout-callback-oidc";
                openId.Scope.Clear();
                openId.Scope.Add("openid");
                openId.Scope.Add("profile");
                openId.TokenValidationParameters = new TokenValidationParameters { NameClaimType = "name" };
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(EditorWorkspace.PolicyName, policy => policy
                .AddAuthenticationSchemes(EditorWorkspace.CookieScheme)
                .RequireAuthenticatedUser());
        return builder;
    }

    /// <summary>Authentication, authorization and the workspace pages; nothing when the workspace is not configured.</summary>
    public static WebApplication MapEditorWorkspace(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<WorkspaceMarker>() is null)
        {
            return app;
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }
}
