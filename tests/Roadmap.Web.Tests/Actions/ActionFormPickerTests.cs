using AngleSharp.Html.Dom;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;
using Xunit.Abstractions;

namespace Roadmap.Web.Tests.Actions;

/// <summary>
/// Issue 13 on the action form: organisations (on whose behalf, partners, territories) are searched, then chosen among
/// a bounded list, posted as a browser without JavaScript; what was typed and ticked is kept from one search to the next.
/// </summary>
public sealed class ActionFormPickerTests(WebApp app, ITestOutputHelper output) : IClassFixture<WebApp>
{
    private const string ProposePath = $"/feuilles-de-route/{DemoFacts.Sarthe}/proposer";
    private const string ElectedOfficial = "elu@demo.roadmap.local";
    private const string Partners = "Input.PartnerIds";
    private const int Budget = 100 * 1024;

    [Fact]
    public async Task TheProposalFormListsNoOrganisationBeforeASearch()
    {
        using var client = await app.SignedInAsync(ElectedOfficial);

        var page = await FormPost.GetPageAsync(client, ProposePath);

        Assert.Empty(page.QuerySelectorAll($"input[name='{Partners}'], input[name='Input.TerritoryIds']"));
        Assert.Equal("Chercher par nom, code postal ou code INSEE", AccountTestSteps.Text(page, "label[for='partenaire-recherche']"));
    }

    [Fact]
    public async Task APartnerSearchIgnoringCaseAndAccentsFindsLaFlecheAndKeepsWhatWasTyped()
    {
        using var client = await app.SignedInAsync(ElectedOfficial);

        var page = await SearchAsync(client, await FormAsync(client), "LA FLECHE");

        Assert.Contains("La Flèche (Commune, 72200)", Labels(page, Partners));
        Assert.Equal("Un réseau de tiers-lieux", page.QuerySelector("#titre")!.GetAttribute("value"));
        Assert.Equal("Un lieu par intercommunalité.", AccountTestSteps.Text(page, "#resume"));
    }

    [Fact]
    public async Task PartnersTickedBeforeASecondSearchStayTickedAndAreSavedWithTheAction()
    {
        using var client = await app.SignedInAsync(ElectedOfficial);
        var first = await SearchAsync(client, await FormAsync(client), "fleche");
        var laFleche = Tick(first, "La Flèche (Commune");

        var second = await SearchAsync(client, first, "mamers");
        var mamers = Tick(second, "Mamers (Commune");
        var saved = await PostAsync(client, second, new()
        {
            ["Input.Indicators[0].Name"] = "Tiers-lieux ouverts", ["Input.Indicators[0].Unit"] = "lieux", ["Input.Indicators[0].Target"] = "12",
            ["Input.Command"] = "enregistrer",
        });

        Assert.True(second.QuerySelector($"input[name='{Partners}'][value='{laFleche}']")!.HasAttribute("checked"));
        var facts = AccountTestSteps.Text(await FormPost.GetPageAsync(client, AccountTestSteps.Location(saved)), ".facts");
        Assert.All(new[] { "La Flèche", "Mamers" }, name => Assert.Contains(name, facts, StringComparison.Ordinal));
        Assert.NotEqual(laFleche, mamers);
    }

    [Theory]
    [InlineData(ElectedOfficial)]
    [InlineData(DemoFacts.Administrator)]
    public async Task TheProposalPageWeighsUnder100KilobytesWithTheDemoData(string email)
    {
        using var client = await app.SignedInAsync(email);

        var empty = await client.GetByteArrayAsync(ProposePath);
        var searched = await (await PostAsync(client, await FormAsync(client), new()
        {
            ["Input.PartnerSearch"] = "saint", ["Input.TerritorySearch"] = "saint", ["Input.Command"] = "chercher",
        })).Content.ReadAsByteArrayAsync();

        output.WriteLine($"{email} : {empty.Length / 1024.0:0.0} Ko, {searched.Length / 1024.0:0.0} Ko après « saint »");
        Assert.InRange(empty.Length, 1, Budget - 1);
        Assert.InRange(searched.Length, 1, Budget - 1);
    }

    private static async Task<IHtmlDocument> FormAsync(HttpClient client)
    {
        var page = await FormPost.GetPageAsync(client, ProposePath);
        page.QuerySelector("#titre")!.SetAttribute("value", "Un réseau de tiers-lieux");
        page.QuerySelector("#resume")!.TextContent = "Un lieu par intercommunalité.";
        page.QuerySelector("#axe option[value]:not([value=''])")!.SetAttribute("selected", "");
        return page;
    }

    private static async Task<IHtmlDocument> SearchAsync(HttpClient client, IHtmlDocument page, string typed) =>
        await FormPost.ReadAsync(await PostAsync(client, page, new() { ["Input.PartnerSearch"] = typed, ["Input.Command"] = "chercher" }));

    /// <summary>Sends the form of <paramref name="page"/> as shown (ticked boxes included) with <paramref name="changes"/>.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, IHtmlDocument page, Dictionary<string, string> changes)
    {
        var form = page.QuerySelector("form.action-form")!;
        var values = BrowserForm.Values(form).Where(v => !changes.ContainsKey(v.Key)).Concat(changes);
        return client.PostAsync(ProposePath, new FormUrlEncodedContent(values));
    }

    /// <summary>Ticks, in the page itself, the partner whose label starts with <paramref name="label"/>; returns its id.</summary>
    private static string Tick(IHtmlDocument page, string label)
    {
        var box = page.QuerySelectorAll($"input[name='{Partners}']")
            .Single(i => page.QuerySelector($"label[for='{i.Id}']")!.TextContent.StartsWith(label, StringComparison.Ordinal));
        box.SetAttribute("checked", "");
        return box.GetAttribute("value")!;
    }

    private static List<string> Labels(IHtmlDocument page, string name) =>
        [.. page.QuerySelectorAll($"input[name='{name}']").Select(i => page.QuerySelector($"label[for='{i.Id}']")!.TextContent.Trim())];
}
