using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Support.DemoFacts;
using static Roadmap.Web.Tests.Support.WebApp;

namespace Roadmap.Web.Tests.Participation;

/// <summary>The support form of the action page, posted as a browser without JavaScript would.</summary>
public sealed partial class SupportPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task ACitizenSupportsFromTheActionPageAndComesBackToIt()
    {
        var client = await SignedInClientAsync("citoyen@demo.roadmap.local");
        var (path, page) = await FirstActionPageAsync(client, Sarthe, p => p.QuerySelectorAll("input[name=_handler]").Any(i => i.GetAttribute("value") == "soutenir"));
        var before = SupportCount(page);

        var response = await FormPost.SubmitAsync(client, path, "soutenir", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(path, AccountTestSteps.Location(response));
        var after = await FormPost.GetPageAsync(client, path);
        Assert.Equal(before + 1, SupportCount(after));
        Assert.Contains(after.QuerySelectorAll("form button[type=submit]"), b => b.TextContent == "Retirer mon soutien");
        Assert.Equal("Votre soutien est enregistré. Merci !", after.QuerySelector(".support-panel [role=status]")?.TextContent);
    }

    [Fact]
    public async Task ADoubleClickOnTheSupportButtonCountsOnce()
    {
        var client = await SignedInClientAsync("acteur@demo.roadmap.local");
        var (path, page) = await FirstActionPageAsync(client, Sarthe, p => p.QuerySelectorAll("input[name=_handler]").Any(i => i.GetAttribute("value") == "soutenir"));
        var before = SupportCount(page);
        var form = FormFields(page, "soutenir");

        var first = await client.PostAsync(path, new FormUrlEncodedContent(form));
        var second = await client.PostAsync(path, new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.Found, second.StatusCode);
        var after = await FormPost.GetPageAsync(client, path);
        Assert.Equal(before + 1, SupportCount(after));
        Assert.Equal("Vous soutenez déjà cette action.", after.QuerySelector(".support-panel [role=status]")?.TextContent);
    }

    [Fact]
    public async Task AnonymousVisitorsAreAskedToSignInFirst()
    {
        using var client = app.Anonymous();
        var (path, page) = await FirstActionPageAsync(client, Sarthe, _ => true);

        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "Connectez-vous pour soutenir");

        Assert.Equal($"/compte/connexion?returnUrl={Uri.EscapeDataString(path)}", link.GetAttribute("href"));
    }

    [Fact]
    public async Task ACitizenReadsWhyTheyMayNotSupportWhereOnlyOfficialsAndActorsVote()
    {
        var client = await SignedInClientAsync("citoyen@demo.roadmap.local");
        var (_, page) = await FirstActionPageAsync(client, Herault, _ => true);

        Assert.Contains("seuls les élu·es et les acteurs du territoire", page.QuerySelector(".support-panel")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("button"), b => b.TextContent == "Soutenir cette action");
    }

    private async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = app.Anonymous();
        var signIn = await AccountTestSteps.SignInAsync(client, email, RoadmapWebFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        return client;
    }

    private async Task<(string Path, IHtmlDocument Page)> FirstActionPageAsync(HttpClient client, string slug, Func<IHtmlDocument, bool> matches)
    {
        foreach (var id in await app.OpenActionsAsync(slug))
        {
            var path = $"/feuilles-de-route/{slug}/actions/{id}";
            var page = await FormPost.GetPageAsync(client, path);
            if (matches(page))
            {
                return (path, page);
            }
        }

        throw new InvalidOperationException("No demo action fits this test.");
    }

    /// <summary>The hidden fields of a form as they were when the page was served.</summary>
    private static Dictionary<string, string> FormFields(IHtmlDocument page, string formName) =>
        page.QuerySelectorAll("form")
            .Single(f => f.QuerySelectorAll("input[name=_handler]").Any(i => i.GetAttribute("value") == formName))
            .QuerySelectorAll("input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");

    private static int SupportCount(IHtmlDocument page) =>
        int.Parse(Digits().Match(page.QuerySelector("ul.counts li")!.TextContent).Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
