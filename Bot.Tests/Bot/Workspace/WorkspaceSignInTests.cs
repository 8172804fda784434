using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Bot.Workspace;

public sealed class WorkspaceSignInTests : IDisposable
{
    private readonly WorkspaceHost _host = new();

    [Fact]
    public async Task AnEditorSignsInWithTheConfiguredPasswordAndSeesTheWorkspaceInVietnamese()
    {
        using var client = _host.CreateClient();

        using var response = await WorkspaceHost.SignInAsync(client, WorkspaceHost.EditorName, WorkspaceHost.Password);
        var home = await client.GetStringAsync(new Uri("/bien-tap", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/bien-tap", response.Headers.Location?.OriginalString);
        Assert.Contains("Xin chào, Biên tập viên", home, StringComparison.Ordinal);
        Assert.Contains("Đăng xuất", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSessionCookieIsHttpOnlyStrictAndScopedToTheWorkspace()
    {
        using var client = _host.CreateClient();

        using var response = await WorkspaceHost.SignInAsync(client, WorkspaceHost.EditorName, WorkspaceHost.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("bien-tap=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/bien-tap", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AWrongPasswordOrAnUnknownNameGetTheSameVietnameseRefusal()
    {
        using var client = _host.CreateClient();

        using var wrongPassword = await WorkspaceHost.SignInAsync(client, WorkspaceHost.EditorName, "sai");
        using var unknownName = await WorkspaceHost.SignInAsync(client, "người lạ", WorkspaceHost.Password);
        var first = await wrongPassword.Content.ReadAsStringAsync();
        var second = await unknownName.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownName.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", first, StringComparison.Ordinal);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterThreeFailuresTheNameIsLockedEvenForTheRightPasswordUntilTheLockoutRunsOut()
    {
        using var client = _host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var failed = await WorkspaceHost.SignInAsync(client, WorkspaceHost.EditorName, "sai mật khẩu");
        }

        using var locked = await WorkspaceHost.SignInAsync(client, WorkspaceHost.EditorName, WorkspaceHost.Password);
        _host.Clock.Advance(TimeSpan.FromMinutes(9));
        using var stillLocked = await WorkspaceHost.SignInAsync(client, WorkspaceHost.EditorName, WorkspaceHost.Password);
        _host.Clock.Advance(TimeSpan.FromMinutes(2));
        using var afterLockout = await WorkspaceHost.SignInAsync(client, WorkspaceHost.EditorName, WorkspaceHost.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("Tài khoản tạm bị khóa", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, stillLocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterLockout.StatusCode);
    }

    [Fact]
    public async Task FailuresSpreadFurtherApartThanTheLockoutDurationDoNotAddUp()
    {
        using var client = _host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var failed = await WorkspaceHost.SignInAsync(client, WorkspaceHost.EditorName, "sai mật khẩu");
            _host.Clock.Advance(TimeSpan.FromMinutes(11));
        }

        using var signedIn = await WorkspaceHost.SignInAsync(client, WorkspaceHost.EditorName, WorkspaceHost.Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task AnUnknownNameLocksLikeARealOneSoTheLockoutDoesNotRevealWhichNamesExist()
    {
        using var client = _host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var failed = await WorkspaceHost.SignInAsync(client, "không-tồn-tại", "sai");
        }

        using var locked = await WorkspaceHost.SignInAsync(client, "không-tồn-tại", "sai");

        Assert.Contains("Tài khoản tạm bị khóa", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInSendsTheEditorBackOnlyToAWorkspaceAddress()
    {
        using var client = _host.CreateClient();
        var token = await WorkspaceHost.AntiforgeryTokenAsync(client, "/bien-tap/dang-nhap");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Name"] = WorkspaceHost.EditorName,
            ["Password"] = WorkspaceHost.Password,
            ["ReturnUrl"] = "//evil.example/bien-tap",
        });

        using var response = await client.PostAsync(new Uri("/bien-tap/dang-nhap", UriKind.Relative), form);

        Assert.Equal("/bien-tap", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        using var client = await _host.SignedInClientAsync();
        var token = await WorkspaceHost.AntiforgeryTokenAsync(client, "/bien-tap");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var signOut = await client.PostAsync(new Uri("/bien-tap/dang-xuat", UriKind.Relative), form);
        using var afterwards = await client.GetAsync(new Uri("/bien-tap", UriKind.Relative));
        var signInPage = await client.GetStringAsync(signOut.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Contains("Bạn đã đăng xuất.", signInPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/bien-tap/dang-nhap", afterwards.Headers.Location?.PathAndQuery ?? afterwards.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstancesSharingTheKeysFolderAcceptEachOthersSessionAndOthersDoNot()
    {
        using var keys = new global::Bot.Tests.Bot.Support.TempFolder();
        using var first = new WorkspaceHost(new() { ["Editors:KeysPath"] = keys.Path });
        using var second = new WorkspaceHost(new() { ["Editors:KeysPath"] = keys.Path });
        using var signingIn = first.CreateClient();
        using var signedIn = await WorkspaceHost.SignInAsync(signingIn, WorkspaceHost.EditorName, WorkspaceHost.Password);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("bien-tap=", StringComparison.Ordinal)).Split(';')[0];

        using var onSecond = await GetWithCookieAsync(second, cookie);
        using var elsewhere = await GetWithCookieAsync(_host, cookie);

        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(WorkspaceHost host, string cookie)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/bien-tap", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task TheSessionSlidesWhileTheEditorWorksAndEndsAfterTheIdleTimeout()
    {
        using var client = await _host.SignedInClientAsync();

        _host.Clock.Advance(TimeSpan.FromHours(5));
        using var stillIn = await client.GetAsync(new Uri("/bien-tap", UriKind.Relative));
        _host.Clock.Advance(TimeSpan.FromHours(5));
        using var renewed = await client.GetAsync(new Uri("/bien-tap", UriKind.Relative));
        _host.Clock.Advance(TimeSpan.FromHours(9));
        using var idle = await client.GetAsync(new Uri("/bien-tap", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
    }

    [Fact]
    public async Task WithOnlyTheCityProviderConfiguredSignInOffersItAndNoPasswordForm()
    {
        using var host = new WorkspaceHost(
            new() { ["Editors:Oidc:Authority"] = "https://id.hanoi.example", ["Editors:Oidc:ClientId"] = "bien-tap" },
            workspace: false);
        using var client = host.CreateClient();

        var html = await client.GetStringAsync(new Uri("/bien-tap/dang-nhap", UriKind.Relative));
        var schemes = host.Services.GetRequiredService<IAuthenticationSchemeProvider>();

        Assert.Contains("Đăng nhập bằng tài khoản thành phố", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Password\"", html, StringComparison.Ordinal);
        Assert.NotNull(await schemes.GetSchemeAsync(global::Bot.Workspace.EditorWorkspace.OidcScheme));
    }

    [Fact]
    public async Task WithoutTheCityProviderNoOpenIdConnectSchemeIsRegistered()
    {
        var schemes = _host.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        using var client = _host.CreateClient();

        var html = await client.GetStringAsync(new Uri("/bien-tap/dang-nhap", UriKind.Relative));

        Assert.Null(await schemes.GetSchemeAsync(global::Bot.Workspace.EditorWorkspace.OidcScheme));
        Assert.DoesNotContain("tài khoản thành phố", html, StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();
}
