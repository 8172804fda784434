using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Bot.Workspace;

/// <summary>Nothing of the workspace is reachable without signing in, and nothing of it exists unless configured.</summary>
public sealed class WorkspaceAccessTests : IDisposable
{
    // The only pages an anonymous browser may open: signing in, and the landing page after the city's provider.
    private static readonly HashSet<string> AnonymousRoutes = new(StringComparer.Ordinal)
    {
        "/bien-tap/dang-nhap",
        "/bien-tap/dang-nhap/tiep-tuc",
    };

    private readonly WorkspaceHost _host = new();

    [Fact]
    public async Task EveryWorkspaceRouteSendsAnAnonymousBrowserToSignInForEveryMethod()
    {
        using var client = _host.CreateClient();
        var routes = WorkspaceRoutes(_host.Services);
        Assert.Contains("/bien-tap", routes);
        Assert.Contains("/bien-tap/hop-thu", routes);

        foreach (var route in routes.Where(r => !AnonymousRoutes.Contains(r)))
        {
            var path = ConcreteRoute(route);
            using var get = await client.GetAsync(new Uri(path, UriKind.Relative));
            using var empty = new FormUrlEncodedContent([]);
            using var post = await client.PostAsync(new Uri(path, UriKind.Relative), empty);

            Assert.True(get.StatusCode == HttpStatusCode.Redirect, $"GET {path} answered {get.StatusCode}");
            Assert.StartsWith("http://localhost/bien-tap/dang-nhap?ReturnUrl=", get.Headers.Location?.ToString(), StringComparison.Ordinal);
            // A POST is refused before it runs: by the sign-in redirect or by the missing antiforgery token.
            Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"POST {path} answered {post.StatusCode}");
        }
    }

    [Fact]
    public async Task EveryFormRefusesAPostWithoutTheAntiforgeryToken()
    {
        using var client = await _host.SignedInClientAsync();

        foreach (var route in WorkspaceRoutes(_host.Services))
        {
            var path = ConcreteRoute(route);
            using var empty = new FormUrlEncodedContent([]);
            using var post = await client.PostAsync(new Uri(path, UriKind.Relative), empty);

            // Pages without a POST handler answer 400 too: the token is checked before the handler is looked up.
            Assert.True(post.StatusCode == HttpStatusCode.BadRequest, $"POST {path} without a token answered {post.StatusCode}");
        }
    }

    [Fact]
    public async Task TheSignInFormRefusesAPostWithoutTheAntiforgeryToken()
    {
        using var client = _host.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = WorkspaceHost.EditorName,
            ["Password"] = WorkspaceHost.Password,
        });

        using var response = await client.PostAsync(new Uri("/bien-tap/dang-nhap", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("bien-tap=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WorkspacePagesKeepTheSecurityHeadersAndLoadNoInlineScript()
    {
        using var client = await _host.SignedInClientAsync();

        using var response = await client.GetAsync(new Uri("/bien-tap", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WithoutEditorsConfiguredTheWorkspaceDoesNotExistAndTheWebChatStillWorks()
    {
        using var host = new WorkspaceHost(workspace: false);
        using var client = host.CreateClient();

        using var home = await client.GetAsync(new Uri("/bien-tap", UriKind.Relative));
        using var signIn = await client.GetAsync(new Uri("/bien-tap/dang-nhap", UriKind.Relative));
        using var chat = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, home.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        Assert.Empty(WorkspaceRoutes(host.Services));
    }

    /// <summary>Every endpoint the app serves under /bien-tap, read from the routing table so a new page cannot be forgotten.</summary>
    internal static IReadOnlyList<string> WorkspaceRoutes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(r => r == "/bien-tap" || r.StartsWith("/bien-tap/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A route template with its parameters filled in ("/bien-tap/thu-tuc/{code}" → ".../x").</summary>
    private static string ConcreteRoute(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, "\\{[^}]+\\}", "x");

    public void Dispose() => _host.Dispose();
}
