using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Roadmap.Application.Participation.GetSupportTally;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Support.DemoFacts;
using static Roadmap.Web.Tests.Support.WebApp;

namespace Roadmap.Web.Tests.Participation;

/// <summary>
/// Another site's page may make a visitor's browser send our sign-in cookie with a body-less POST or a
/// PUT (SameSite=Lax does not stop them): the API refuses cookie-authenticated writes from another origin.
/// </summary>
public sealed class CrossSiteApiWritesTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Citizen = "citoyen@demo.roadmap.local";
    private const string Evil = "https://evil.example";

    [Theory]
    [InlineData("Origin", Evil)]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task RefusesACookieSupportFromAnotherSiteAndChangesNothing(string header, string value)
    {
        using var browser = await CookieBrowserAsync();
        var actionId = await SupportableAsync(browser);
        var before = await TallyAsync(browser, actionId);

        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/actions/{actionId}/support");
        put.Headers.Add(header, value);
        var response = await browser.SendAsync(put);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(CrossSiteDetail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before.Total, (await TallyAsync(browser, actionId)).Total);
    }

    [Theory]
    [InlineData("Origin", Evil)]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task RefusesABodylessCookiePostFromAnotherSite(string header, string value)
    {
        using var browser = await CookieBrowserAsync();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/notifications/read");
        post.Headers.Add(header, value);

        var response = await browser.SendAsync(post);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AcceptsACookieWriteFromTheSiteItself()
    {
        using var browser = await CookieBrowserAsync();
        var actionId = await SupportableAsync(browser);
        var before = await TallyAsync(browser, actionId);

        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/actions/{actionId}/support");
        put.Headers.Add("Origin", "http://localhost");
        put.Headers.Add("Sec-Fetch-Site", "same-origin");
        var response = await browser.SendAsync(put);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before.Total + 1, (await TallyAsync(browser, actionId)).Total);
    }

    [Fact]
    public async Task AcceptsABearerWriteWhateverItsOrigin()
    {
        using var client = await app.BearerAsync(Citizen);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/notifications/read");
        post.Headers.Add("Origin", Evil);
        post.Headers.Add("Sec-Fetch-Site", "cross-site");

        var response = await client.SendAsync(post);

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
    }

    private static string CrossSiteDetail => "Cette requête vient d'un autre site : elle est refusée pour protéger votre compte. Utilisez Roadmap directement ou un jeton d'accès.";

    /// <summary>The demo citizen signed in through the page: the client then carries the sign-in cookie, as a browser would.</summary>
    private async Task<HttpClient> CookieBrowserAsync()
    {
        var browser = app.Anonymous();
        var signIn = await AccountTestSteps.SignInAsync(browser, Citizen, RoadmapWebFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    private async Task<Guid> SupportableAsync(HttpClient client)
    {
        foreach (var id in await app.OpenActionsAsync(Sarthe))
        {
            if ((await TallyAsync(client, id)).Viewer is { MaySupport: true, Supports: false })
            {
                return id;
            }
        }

        throw new InvalidOperationException("No action left to support.");
    }

    private static async Task<SupportTallyView> TallyAsync(HttpClient client, Guid actionId) =>
        (await client.GetFromJsonAsync<SupportTallyView>($"/api/v1/actions/{actionId}/supports", Json))!;
}
