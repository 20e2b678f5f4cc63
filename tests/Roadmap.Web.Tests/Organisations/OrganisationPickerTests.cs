using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Organisations.FindOrganisationChoices;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Actions;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Organisations;

/// <summary>
/// The organisation pickers (« ma qualité », a new roadmap's owner) posted as a browser without JavaScript: nothing
/// listed before a search, a bounded list after it, what was typed elsewhere kept, and the organisation chosen saved.
/// </summary>
public sealed class OrganisationPickerTests(WebApp app) : IClassFixture<WebApp>
{
    private const string StandingPath = "/compte/qualite";
    private const string NewRoadmapPath = "/admin/feuilles-de-route/nouvelle";
    private const string Search = "chercher";

    [Fact]
    public async Task TheStandingFormListsNoOrganisationBeforeASearch()
    {
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var page = await FormPost.GetPageAsync(client, StandingPath);

        Assert.Empty(page.QuerySelectorAll("input[name='Input.OrganisationId']"));
        Assert.Equal("Chercher par nom, code postal ou code INSEE", AccountTestSteps.Text(page, "label[for='organisation-recherche']"));
    }

    [Fact]
    public async Task ASearchIgnoringCaseAndAccentsListsTheMatchesAndKeepsWhatWasTyped()
    {
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var page = await SearchStandingAsync(client, "LA FLECHE", statement: "Adjointe au numérique");

        Assert.Contains("La Flèche (Commune, 72200)", Labels(page));
        Assert.Equal("Adjointe au numérique", AccountTestSteps.Text(page, "#precision"));
        Assert.Equal("LA FLECHE", page.QuerySelector("#organisation-recherche")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AWideSearchShowsABoundedListAndAsksToNarrowIt()
    {
        using var client = await app.SignedInAsync(DemoFacts.Citizen);

        var page = await SearchStandingAsync(client, "saint", statement: "");

        Assert.Equal(FindOrganisationChoices.Shown, page.QuerySelectorAll("input[name='Input.OrganisationId']").Length);
        Assert.Contains("précisez la recherche", page.QuerySelector("#organisation-recherche")!.ParentElement!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOrganisationChosenAfterASearchIsTheOneClaimed()
    {
        var person = await app.NewAccountAsync(displayName: "Sacha Picker");
        using var client = await app.SignedInAsync(person.Email!, WebApp.Password);
        var found = await SearchStandingAsync(client, "fleche", statement: "");
        var chosen = found.QuerySelectorAll("input[name='Input.OrganisationId']")
            .Single(i => found.QuerySelector($"label[for='{i.Id}']")!.TextContent.StartsWith("La Flèche (Commune", StringComparison.Ordinal)).GetAttribute("value")!;

        await BrowserForm.SubmitAsync(client, StandingPath, "qualite", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = chosen, ["Input.Role"] = "Actor", ["Input.Statement"] = "Je représente la mairie.",
        });

        Assert.Equal(Guid.Parse(chosen), await app.WithDbAsync(db => db.StandingClaims.Where(c => c.UserId == person.Id).Select(c => c.OrganisationId).SingleAsync()));
    }

    [Fact]
    public async Task ANewRoadmapsOwnerIsSearchedAmongCollectivitiesOnlyAndSaved()
    {
        using var client = await app.SignedInAsync(DemoFacts.Administrator);
        var slug = $"picker-{Guid.NewGuid():N}"[..20];
        var found = await FormPost.ReadAsync(await BrowserForm.SubmitAsync(client, NewRoadmapPath, "nouvelle-feuille-de-route", new Dictionary<string, string>
        {
            ["Input.OwnerSearch"] = "sarthe", ["Input.Command"] = Search, ["Input.Title"] = "Feuille de route choisie", ["Input.Slug"] = slug,
        }));
        var kinds = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name.Contains("Sarthe")).ToDictionaryAsync(o => o.Id.ToString(), o => o.Kind));
        var offered = found.QuerySelectorAll("input[name='Input.OwnerOrganisationId']").Select(i => i.GetAttribute("value")!).ToList();
        var departement = offered.Single(id => kinds.GetValueOrDefault(id) == OrganisationKind.Departement);

        await BrowserForm.SubmitAsync(client, NewRoadmapPath, "nouvelle-feuille-de-route", new Dictionary<string, string>
        {
            ["Input.OwnerOrganisationId"] = departement, ["Input.Title"] = "Feuille de route choisie", ["Input.Slug"] = slug,
        });

        Assert.All(offered, id => Assert.True(kinds.GetValueOrDefault(id, OrganisationKind.Commune).MayBeTerritory()));
        Assert.Equal("Feuille de route choisie", found.QuerySelector("#titre")!.GetAttribute("value"));
        Assert.Equal(Guid.Parse(departement), await app.WithDbAsync(db => db.Roadmaps.Where(r => r.Slug == slug).Select(r => r.OwnerOrganisationId).SingleAsync()));
    }

    private static async Task<IHtmlDocument> SearchStandingAsync(HttpClient client, string typed, string statement) =>
        await FormPost.ReadAsync(await BrowserForm.SubmitAsync(client, StandingPath, "qualite", new Dictionary<string, string>
        {
            ["Input.OrganisationSearch"] = typed, ["Input.Command"] = Search, ["Input.Statement"] = statement,
        }));

    private static List<string> Labels(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("input[name='Input.OrganisationId']").Select(i => page.QuerySelector($"label[for='{i.Id}']")!.TextContent.Trim())];
}
