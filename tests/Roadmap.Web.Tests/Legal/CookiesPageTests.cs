using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Pages.Legal;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Legal.LegalPages;

namespace Roadmap.Web.Tests.Legal;

/// <summary>/cookies lists the cookies the site really sets, found by walking the main journeys and reading Set-Cookie.</summary>
public sealed class CookiesPageTests(WebApp web) : IClassFixture<WebApp>
{
    [Fact]
    public async Task CookiesPageListsEveryCookieTheMainJourneysSet()
    {
        var recorder = new SetCookieRecorder();
        var client = web.App.CreateDefaultClient(recorder, new CookieContainerHandler());

        await WalkTheMainJourneysAsync(client);

        var listed = (await OpenAsync(web.Anonymous(), "/cookies")).QuerySelectorAll("#liste-cookies tbody th code").Select(c => c.TextContent).ToList();
        var unlisted = recorder.Names.Except(listed).ToList();
        Assert.True(unlisted.Count == 0, $"Cookies not on /cookies: {string.Join(", ", unlisted.Select(n => $"{n} (set by {recorder.FirstSetBy(n)})"))}");
    }

    [Fact]
    public async Task TheJourneysReachEveryListedCookie()
    {
        var recorder = new SetCookieRecorder();
        var client = web.App.CreateDefaultClient(recorder, new CookieContainerHandler());

        await WalkTheMainJourneysAsync(client);

        var listed = (await OpenAsync(web.Anonymous(), "/cookies")).QuerySelectorAll("#liste-cookies tbody th code").Select(c => c.TextContent).ToList();
        // nginx's node cookie is set by the proxy, not by the app: the two-node journey through nginx checks it is listed.
        Assert.Empty(listed.Except(recorder.Names).Except([SiteCookies.ProxyNodeCookie]));
    }

    [Fact]
    public async Task AnonymousReadingSetsNoCookie()
    {
        var recorder = new SetCookieRecorder();
        var client = web.App.CreateDefaultClient(recorder, new CookieContainerHandler());

        foreach (var path in new[] { "/", "/feuilles-de-route/usages-numeriques-sarthe", "/accessibilite", "/cookies" })
        {
            await OpenAsync(client, path);
        }

        Assert.Empty(recorder.Names);
    }

    /// <summary>Sign in, support an action, rename oneself, open a workshop and its join page, sign out.</summary>
    private async Task WalkTheMainJourneysAsync(HttpClient client)
    {
        var user = await web.NewAccountAsync(RoleNames.Citizen);
        await OpenAsync(client, "/");
        var signIn = await AccountTestSteps.SignInAsync(client, user.Email!, WebApp.Password);
        Assert.Equal("/", AccountTestSteps.Location(signIn));

        var action = await SupportableActionAsync(client);
        var supported = await FormPost.SubmitAsync(client, action, "soutenir", new Dictionary<string, string>());
        Assert.Equal(action, AccountTestSteps.Location(supported));
        await OpenAsync(client, action);

        var renamed = await FormPost.SubmitAsync(client, "/compte", "nom-affiche", new Dictionary<string, string> { ["Input.DisplayName"] = "Camille Cookies" });
        Assert.Equal("/compte", AccountTestSteps.Location(renamed));
        await OpenAsync(client, "/compte");

        var workshop = await web.WithDbAsync(db => db.Workshops.OrderBy(w => w.StartsAt).Select(w => new { w.Id, w.JoinCode }).FirstAsync());
        await OpenAsync(client, $"/ateliers/{workshop.Id}");
        await OpenAsync(client, $"/rejoindre/{workshop.JoinCode}");

        var signedOut = await FormPost.SubmitToAsync(client, "/", "/compte/deconnexion");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedOut.StatusCode);
    }

    private async Task<string> SupportableActionAsync(HttpClient client)
    {
        foreach (var id in await web.OpenActionsAsync(DemoFacts.Sarthe))
        {
            var path = $"/feuilles-de-route/{DemoFacts.Sarthe}/actions/{id}";
            var page = await OpenAsync(client, path);
            if (page.QuerySelectorAll("input[name=_handler]").Any(i => i.GetAttribute("value") == "soutenir"))
            {
                return path;
            }
        }

        throw new InvalidOperationException("No demo action of the Sarthe offers the support form.");
    }
}
