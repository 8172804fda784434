using System.Net;
using System.Text.RegularExpressions;
using Bot.Tests.Bot.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Bot.Workspace;

/// <summary>
/// The real Bot host with the editors' workspace on: one account, a fake clock for the lockout, and the fixture
/// catalogue. Clients keep cookies and do not follow redirects, so tests see where the workspace sends them.
/// </summary>
internal sealed class WorkspaceHost : IDisposable
{
    public const string EditorName = "Biên tập viên";
    public const string Password = "mật khẩu thử nghiệm 2026";

    // Hashing costs ~100 ms; every host of the test run shares one hash.
    private static readonly Lazy<string> PasswordHash = new(() => new PasswordHasher<object>().HashPassword(new object(), Password));

    private readonly BotHostFactory _factory;
    private readonly TempFolder _folder = new();

    public WorkspaceHost(Dictionary<string, string?>? settings = null, bool workspace = true)
    {
        // Inbox actions write content and an audit log: each host edits its own copy of the fixture catalogue.
        TempFolder.Copy(BotFixtures.ContentPath, ContentPath);
        var all = new Dictionary<string, string?>
        {
            ["KnowledgeBase:ContentPath"] = ContentPath,
            ["KnowledgeBase:Editing:AuditPath"] = AuditPath,
            ["Editors:KeysPath"] = Path.Combine(_folder.Path, "keys"),
        };
        if (workspace)
        {
            all["Editors:Accounts:0:Name"] = EditorName;
            all["Editors:Accounts:0:PasswordHash"] = PasswordHash.Value;
            all["Editors:Lockout:MaxFailedAttempts"] = "3";
            all["Editors:Lockout:Duration"] = "00:10:00";
        }

        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        // Settings the host reads while it registers services (whether the workspace exists) must be host settings:
        // configuration added by the factory arrives only once the app is built.
        _factory = new BotHostFactory(all, web =>
        {
            foreach (var (key, value) in all)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 6, 2, 0, 0, TimeSpan.Zero));

    public string FeedbackFolder => _factory.FeedbackFolder;

    public string ContentPath => Path.Combine(_folder.Path, "content");

    public string AuditPath => Path.Combine(_folder.Path, "audit");

    public IServiceProvider Services => _factory.Services;

    public HttpClient CreateClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as the test editor.</summary>
    public async Task<HttpClient> SignedInClientAsync()
    {
        var client = CreateClient();
        using var response = await SignInAsync(client, EditorName, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts the sign-in form as a browser would: the antiforgery token from the page, then the fields.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/bien-tap/dang-nhap");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Name"] = name,
            ["Password"] = password,
        });
        return await client.PostAsync(new Uri("/bien-tap/dang-nhap", UriKind.Relative), form);
    }

    /// <summary>The antiforgery token a page's forms carry (its cookie stays in the client).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(match.Success, $"no antiforgery token on {page}: {html[..Math.Min(html.Length, 3000)]}");
        return match.Groups[1].Value;
    }

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }
}
