using System.Net;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Territories;

/// <summary>/admin/territoires: the import from the page, without JavaScript, with its result or its French refusal.</summary>
public sealed class TerritoriesPageTests(TerritoryWebApp app) : IClassFixture<TerritoryWebApp>
{
    private const string Path = "/admin/territoires";

    [Fact]
    public async Task AnAdministratorImportsACorsicanDepartementAndReadsTheCounts()
    {
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var response = await FormPost.SubmitAsync(client, Path, "importer-territoire", new Dictionary<string, string> { ["Code"] = " 2A " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormPost.ReadAsync(response);
        var status = AccountTestSteps.Text(page, "[role=status] .notice");
        Assert.Contains("Corse-du-Sud (2A) est importé.", status, StringComparison.Ordinal);
        Assert.Contains("communes : 124", status, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".alert"));
    }

    [Fact]
    public async Task AnUnknownCodeIsRefusedInFrenchBesideTheField()
    {
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var response = await FormPost.SubmitAsync(client, Path, "importer-territoire", new Dictionary<string, string> { ["Code"] = "99" });

        var page = await FormPost.ReadAsync(response);
        Assert.StartsWith("Aucun département n'a le code « 99 »", AccountTestSteps.Text(page, "#departement-erreur"), StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#departement")!.GetAttribute("aria-invalid"));
        Assert.Equal("99", page.QuerySelector("#departement")!.GetAttribute("value"));
    }

    [Fact]
    public async Task OnlyAnAdministratorOpensThePage()
    {
        using var client = await app.SignedInAsync(DemoFacts.Facilitator);

        var response = await client.GetAsync(Path);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
