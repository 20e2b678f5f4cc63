using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Organisations;

/// <summary>Hand-made organisations and the organisation search, through /api/v1.</summary>
public sealed class OrganisationApiTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task AdministratorCreatesAndEditsAnOrganisationWithAuditEntries()
    {
        var admin = await app.BearerAsync(DemoFacts.Administrator);
        var name = $"Fab’Lab de l’Écluse {Guid.NewGuid():N}";

        var created = await admin.PostAsJsonAsync("/api/v1/admin/organisations", new { name, kind = "TiersLieu", siren = "443 061 841" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var edited = await admin.PutAsJsonAsync($"/api/v1/admin/organisations/{id}", new { name = name + " (SCIC)", kind = "Entreprise", siren = "443061841" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var organisation = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == id));
        Assert.Equal(name + " (SCIC)", organisation.Name);
        Assert.Equal("443061841", organisation.Siren);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "organisation.created" && e.Subject.Contains(name))));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "organisation.edited" && e.Subject.Contains(name))));

        var found = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/organisations?q={Uri.EscapeDataString("FAB'LAB ECLUSE")}");
        Assert.Contains(found.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == id);
    }

    [Theory]
    [InlineData("217201814", "Le SIREN « 217201814 » n'est pas valide (clé de contrôle).")]
    [InlineData("", "Indiquez le nom de l'organisation.")]
    public async Task BadInputIsAFrenchValidationProblem(string siren, string message)
    {
        var admin = await app.BearerAsync(DemoFacts.Administrator);

        var response = await admin.PostAsJsonAsync("/api/v1/admin/organisations", new { name = siren == "" ? "  " : "Les Amis", kind = "Association", siren });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectivitiesCannotBeCreatedByHand()
    {
        var admin = await app.BearerAsync(DemoFacts.Administrator);

        var response = await admin.PostAsJsonAsync("/api/v1/admin/organisations", new { name = "Commune imaginaire", kind = "Commune" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task ACollectivityIsRenamedThroughTheApiButKeepsItsKind()
    {
        var admin = await app.BearerAsync(DemoFacts.Administrator);
        var herault = await app.WithDbAsync(db => db.Organisations.FirstAsync(o => o.Kind == OrganisationKind.Departement && o.OfficialCode == "34"));

        var renamed = await admin.PutAsJsonAsync($"/api/v1/admin/organisations/{herault.Id}", new { name = "Département de l'Hérault (34)", kind = "Departement", parentId = herault.ParentId });
        var rekinded = await admin.PutAsJsonAsync($"/api/v1/admin/organisations/{herault.Id}", new { name = "Hérault", kind = "Association" });

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, rekinded.StatusCode);
        Assert.Contains("vient des données officielles", await rekinded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == herault.Id));
        Assert.Equal(("Département de l'Hérault (34)", OrganisationKind.Departement, herault.ParentId), (saved.Name, saved.Kind, saved.ParentId));
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.ElectedOfficial)]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.Facilitator)]
    public async Task OnlyAnAdministratorCreates(string role)
    {
        var account = await app.NewAccountAsync(role);
        var client = await app.BearerAsync(account.Email!, WebApp.Password);

        var response = await client.PostAsJsonAsync("/api/v1/admin/organisations", new { name = "Refusée", kind = "Association" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Refusée")));
    }

    [Fact]
    public async Task AnyoneSearchesByNameCodeAndKind()
    {
        var anonymous = app.Anonymous();

        var byName = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/organisations?q=sarthe&kind=Departement");
        var byCode = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/organisations?q=72");

        Assert.Contains(byName.GetProperty("items").EnumerateArray(), o => o.GetProperty("officialCode").GetString() == "72");
        Assert.Contains(byCode.GetProperty("items").EnumerateArray(), o => o.GetProperty("kind").GetString() == "Departement");
        Assert.Equal(50, byName.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task SearchOutOfRangeIsAProblem()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/organisations?page=0");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
