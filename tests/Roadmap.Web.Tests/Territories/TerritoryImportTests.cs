using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Territories;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Territories;

/// <summary>A fixture of its own: the imports of other départements add hundreds of organisations other tests do not expect.</summary>
public sealed class TerritoryWebApp : WebApp;

/// <summary>The import against the real trimmed data file (@etalab/decoupage-administratif 6.0.0), through /api/v1.</summary>
public sealed class TerritoryImportTests(TerritoryWebApp app) : IClassFixture<TerritoryWebApp>
{
    private const string Alencon = "246100663";

    [Fact]
    public async Task DataFileDescribesTheSartheAsTheIssueSays()
    {
        var sarthe = await app.App.Services.GetRequiredService<ITerritoryData>().ForDepartementAsync("72");

        Assert.NotNull(sarthe);
        Assert.Equal(352, sarthe.Communes.Count);
        Assert.Equal(566_733, sarthe.Population);
        Assert.Equal(17, sarthe.Epcis.Count);
        Assert.Equal(5, sarthe.Communes.Count(c => c.EpciSiren == Alencon));
        Assert.Null(await app.App.Services.GetRequiredService<ITerritoryData>().ForDepartementAsync("99"));
    }

    [Theory]
    [InlineData("72", "Département de la Sarthe")]
    [InlineData("34", "Département de l'Hérault")]
    [InlineData("59", "Département du Nord")]
    [InlineData("13", "Département des Bouches-du-Rhône")]
    [InlineData("75", "Département de Paris")]
    public async Task TheCollectivityIsNamedAsFrenchSaysIt(string code, string name)
    {
        var departement = await app.App.Services.GetRequiredService<ITerritoryData>().ForDepartementAsync(code);

        Assert.Equal(name, departement!.CollectivityName);
    }

    [Fact]
    public async Task SartheImportIsIdempotentKeepsHandMadeLinksAndSharesAlenconWithTheOrne()
    {
        var admin = await app.BearerAsync(DemoFacts.Administrator);

        // The demo imported the Sarthe through the same request: importing it again finds all of it, unchanged.
        var first = await ImportAsync(admin, "72");
        Assert.Equal(352, Total(first, "communes"));
        Assert.Equal(566_733, first.GetProperty("population").GetInt32());
        Assert.Equal(17, Total(first, "epcis"));
        Assert.Equal(0, first.GetProperty("epcis").GetProperty("created").GetInt32());
        Assert.Equal(0, first.GetProperty("communes").GetProperty("created").GetInt32());
        var alencon = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Siren == Alencon));
        Assert.Equal(EpciKind.CommunauteUrbaine, alencon.EpciKind);
        Assert.Equal(5, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.ParentId == alencon.Id)));
        var leMans = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Commune && o.OfficialCode == "72181"));
        Assert.Equal("217201813", leMans.Siren);
        Assert.Equal("72000 72100", leMans.PostalCodes);
        Assert.Equal(1, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.Kind == OrganisationKind.Departement && o.OfficialCode == "72")));

        // A hand-made organisation linked to the CU d'Alençon, and Le Mans moved by hand under the département.
        var created = await admin.PostAsJsonAsync("/api/v1/admin/organisations", new { name = "Les Amis d'Alençon", kind = "Association", parentId = alencon.Id });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var handMadeId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var departementId = alencon.ParentId!.Value;
        await app.WithDbAsync(db => db.InTransactionAsync(ct => db.Organisations.Where(o => o.Id == leMans.Id).ExecuteUpdateAsync(u => u.SetProperty(o => o.ParentId, departementId), ct), default));
        var rows = await app.WithDbAsync(db => db.Organisations.CountAsync());

        var second = await ImportAsync(admin, "72");

        Assert.Equal(0, second.GetProperty("communes").GetProperty("created").GetInt32());
        Assert.Equal(0, second.GetProperty("communes").GetProperty("updated").GetInt32());
        Assert.Equal(352, second.GetProperty("communes").GetProperty("unchanged").GetInt32());
        Assert.Equal(0, second.GetProperty("epcis").GetProperty("created").GetInt32());
        Assert.Equal(first.GetProperty("population").GetInt32(), second.GetProperty("population").GetInt32());
        Assert.Equal(rows, await app.WithDbAsync(db => db.Organisations.CountAsync()));
        var handMade = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == handMadeId));
        Assert.Equal(alencon.Id, handMade.ParentId);
        Assert.Equal(departementId, await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == leMans.Id).Select(o => o.ParentId).SingleAsync()));
        Assert.Equal(3, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "territory.imported" && e.Subject.Contains("(72)"))));

        var orne = await ImportAsync(admin, "61");

        Assert.Equal(381, Total(orne, "communes"));
        // The CU d'Alençon and the CC Maine Saosnois span the Sarthe and the Orne: found, not created again.
        Assert.Equal(2, orne.GetProperty("epcis").GetProperty("unchanged").GetInt32() + orne.GetProperty("epcis").GetProperty("updated").GetInt32());
        Assert.Equal(1, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.Siren == Alencon)));
        Assert.Equal(31, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.ParentId == alencon.Id && o.Kind == OrganisationKind.Commune)));
        Assert.Equal("72", await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == alencon.ParentId).Select(o => o.OfficialCode).SingleAsync()));
    }

    [Fact]
    public async Task UnknownCodeIsAFrenchValidationProblem()
    {
        var admin = await app.BearerAsync(DemoFacts.Administrator);

        var response = await admin.PostAsync("/api/v1/admin/territories/99/import", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Aucun département n'a le code « 99 »", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.ElectedOfficial)]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.Facilitator)]
    public async Task OnlyAnAdministratorImports(string role)
    {
        var account = await app.NewAccountAsync(role);
        var client = await app.BearerAsync(account.Email!, WebApp.Password);

        var response = await client.PostAsync("/api/v1/admin/territories/72/import", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnonymousImportIsUnauthorized() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsync("/api/v1/admin/territories/72/import", null)).StatusCode);

    [Fact]
    public async Task CommandLineImportsAndRefusesAnUnknownCodeInFrench()
    {
        var (refusedCode, refusal) = await CommandLine.ImportTerritoryAsync(app.App.Services, "2C");
        Assert.NotEqual(0, refusedCode);
        Assert.Contains("Aucun département n'a le code « 2C »", refusal, StringComparison.Ordinal);

        var (exitCode, message) = await CommandLine.ImportTerritoryAsync(app.App.Services, "2A");

        Assert.Equal(0, exitCode);
        Assert.Contains("Territoire importé : Corse-du-Sud (2A)", message, StringComparison.Ordinal);
        Assert.Equal("Ligne de commande", await app.WithDbAsync(db =>
            db.AuditEntries.Where(e => e.Action == "territory.imported" && e.Subject.Contains("(2A)")).Select(e => e.ActorName).FirstAsync()));
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, string code)
    {
        var response = await client.PostAsync($"/api/v1/admin/territories/{code}/import", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static int Total(JsonElement result, string kind)
    {
        var counts = result.GetProperty(kind);
        return counts.GetProperty("created").GetInt32() + counts.GetProperty("updated").GetInt32() + counts.GetProperty("unchanged").GetInt32();
    }
}
