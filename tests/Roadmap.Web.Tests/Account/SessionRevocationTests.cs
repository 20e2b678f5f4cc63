using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Account.AccountTestSteps;

namespace Roadmap.Web.Tests.Account;

/// <summary>A session that ended (sign-out, password or role change) stops working, wherever it is used.</summary>
public sealed class SessionRevocationTests(AccountWebApp app) : IClassFixture<AccountWebApp>
{
    private const string Administrator = "admin@demo.roadmap.local";

    [Fact]
    public async Task RefusesReplayedCookieAfterLogout()
    {
        var email = (await app.NewAccountAsync()).Email!;
        using var browser = app.Anonymous();
        var cookie = AuthCookie(await SignInAsync(browser, email, WebApp.Password));
        await FormPost.SubmitToAsync(browser, "/compte", "/compte/deconnexion");

        using var replay = Replaying(cookie);
        var response = await replay.GetAsync("/compte");

        Assert.StartsWith("/compte/connexion", Location(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutEverywhereEndsAnotherBrowsersSession()
    {
        var email = (await app.NewAccountAsync()).Email!;
        using var here = app.Anonymous();
        using var elsewhere = app.Anonymous();
        await SignInAsync(here, email, WebApp.Password);
        await SignInAsync(elsewhere, email, WebApp.Password);

        await FormPost.SubmitToAsync(here, "/compte", "/compte/deconnexion-partout");

        Assert.StartsWith("/compte/connexion", Location(await elsewhere.GetAsync("/compte")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutEverywhereSignsThisBrowserOutWithAMessage()
    {
        var email = (await app.NewAccountAsync()).Email!;
        using var browser = app.Anonymous();
        await SignInAsync(browser, email, WebApp.Password);

        var response = await FormPost.SubmitToAsync(browser, "/compte", "/compte/deconnexion-partout");

        Assert.Equal("/compte/connexion", Location(response));
        Assert.Contains("tous vos appareils", Text(await FormPost.GetPageAsync(browser, "/compte/connexion"), "[role=status]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingPasswordEndsAnotherBrowsersSession()
    {
        var email = (await app.NewAccountAsync()).Email!;
        using var here = app.Anonymous();
        using var elsewhere = app.Anonymous();
        await SignInAsync(here, email, WebApp.Password);
        await SignInAsync(elsewhere, email, WebApp.Password);

        await FormPost.SubmitAsync(here, "/compte/mot-de-passe", "mot-de-passe", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = WebApp.Password,
            ["Input.NewPassword"] = "Nouveau-secret-2026",
            ["Input.ConfirmPassword"] = "Nouveau-secret-2026",
        });

        Assert.StartsWith("/compte/connexion", Location(await elsewhere.GetAsync("/compte")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemotedFacilitatorCanNoLongerModerateWithTheirToken()
    {
        var email = (await app.NewAccountAsync(RoleNames.Facilitator)).Email!;
        var tokens = await ApiTokens.SignInAsync(app, email);
        using var client = tokens.Client(app);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/moderation")).StatusCode);

        await SetRolesAsync(email, RoleNames.Citizen);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/moderation")).StatusCode);
    }

    [Fact]
    public async Task DemotedFacilitatorsRefreshIsRefused()
    {
        var email = (await app.NewAccountAsync(RoleNames.Facilitator)).Email!;
        var tokens = await ApiTokens.SignInAsync(app, email);

        await SetRolesAsync(email, RoleNames.Citizen);

        Assert.Equal(HttpStatusCode.Unauthorized, (await tokens.RefreshAsync(app)).StatusCode);
    }

    [Fact]
    public async Task DemotedFacilitatorSigningInAgainGetsTheNewRoles()
    {
        var email = (await app.NewAccountAsync(RoleNames.Facilitator)).Email!;
        await SetRolesAsync(email, RoleNames.Citizen);

        using var client = (await ApiTokens.SignInAsync(app, email)).Client(app);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/moderation")).StatusCode);
    }

    private async Task SetRolesAsync(string email, params string[] roles)
    {
        var user = await app.FindAsync(email);
        using var admin = (await ApiTokens.SignInAsync(app, Administrator, RoadmapWebFactory.DemoPassword)).Client(app);
        var response = await admin.PutAsJsonAsync($"/api/v1/admin/users/{user!.Id}/roles", new { roles });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The sign-in cookie a response set, as a Cookie header (it may come in chunks).</summary>
    private static string AuthCookie(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("roadmap.auth", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]));

    private HttpClient Replaying(string cookie)
    {
        var client = app.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
