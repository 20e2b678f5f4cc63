using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Roadmaps.Admin;

/// <summary>The roadmap back office through /api/v1/admin/roadmaps and its pages, on roadmaps each test creates.</summary>
public sealed class AdminRoadmapApiTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task ARoadmapCreatedThroughTheApiIsListedAtOnce()
    {
        var slug = await CreateAsync();

        var listed = await app.Anonymous().GetStringAsync("/api/v1/roadmaps");

        Assert.Contains($"\"slug\":\"{slug}\"", listed);
    }

    [Fact]
    public async Task ATakenAddressIsAFrenchValidationProblem()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);

        var response = await client.PostAsJsonAsync("/api/v1/admin/roadmaps", Body(DemoFacts.Sarthe, await OwnerAsync()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Cette adresse est déjà prise.", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(DemoFacts.Citizen)]
    [InlineData(DemoFacts.Facilitator)]
    public async Task OnlyAnAdministratorCreatesOrArchives(string email)
    {
        var client = await app.BearerAsync(email);
        var slug = await CreateAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/admin/roadmaps", Body(NewSlug(), await OwnerAsync()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/admin/roadmaps/{slug}/archive", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/admin/roadmaps/{slug}", Body(slug, await OwnerAsync()))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsJsonAsync("/api/v1/admin/roadmaps", Body(NewSlug(), await OwnerAsync()))).StatusCode);
    }

    [Fact]
    public async Task ScheduleThenAdvanceOnceAndADoubleSubmitIsRefused()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);
        var slug = await CreateAsync();

        var scheduled = await client.PutAsJsonAsync($"/api/v1/admin/roadmaps/{slug}/phases", new
        {
            phases = new object[]
            {
                new { phase = "Diagnostic", startsOn = "2026-01-05", endsOn = "2026-02-28" },
                new { phase = "Concertation", startsOn = "2026-03-01", endsOn = (string?)null },
            },
            advancesAutomatically = false,
        });
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        var overlapping = await client.PutAsJsonAsync($"/api/v1/admin/roadmaps/{slug}/phases", new
        {
            phases = new object[]
            {
                new { phase = "Diagnostic", startsOn = "2026-01-05", endsOn = "2026-03-10" },
                new { phase = "Concertation", startsOn = "2026-03-01", endsOn = (string?)null },
            },
            advancesAutomatically = false,
        });
        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        Assert.Contains("chevaucher", await overlapping.Content.ReadAsStringAsync());

        var advance = new { fromPhase = "Diagnostic", message = "La concertation est ouverte." };
        var first = await client.PostAsJsonAsync($"/api/v1/admin/roadmaps/{slug}/phases/advance", advance);
        var second = await client.PostAsJsonAsync($"/api/v1/admin/roadmaps/{slug}/phases/advance", advance);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("\"phase\":\"Concertation\"", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("déjà passée", await second.Content.ReadAsStringAsync());
        Assert.Contains("La concertation est ouverte.", await app.Anonymous().GetStringAsync($"/feuilles-de-route/{slug}"));
    }

    [Fact]
    public async Task AnAdvanceWithoutAMessageIsAValidationProblem()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);
        var slug = await CreateAsync();

        var response = await client.PostAsJsonAsync($"/api/v1/admin/roadmaps/{slug}/phases/advance", new { fromPhase = "Diagnostic", message = "" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("message public", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnArchivedRoadmapIsStillListedMarkedArchived()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);
        var slug = await CreateAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/admin/roadmaps/{slug}/archive", null)).StatusCode);

        var listed = await app.Anonymous().GetStringAsync("/api/v1/roadmaps");
        Assert.Contains($"\"slug\":\"{slug}\"", listed);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/admin/roadmaps/{slug}/archive", null)).StatusCode);
    }

    [Fact]
    public async Task TheBackOfficePagesShowTheirForms()
    {
        var client = await app.SignedInAsync(DemoFacts.Administrator);
        var slug = await CreateAsync();

        Assert.Contains("/admin/feuilles-de-route/nouvelle", await client.GetStringAsync("/admin/feuilles-de-route"));
        Assert.Contains("id=\"porteuse-recherche\"", await client.GetStringAsync("/admin/feuilles-de-route/nouvelle"));
        var manage = await client.GetStringAsync($"/feuilles-de-route/{slug}/gestion");
        Assert.Contains("Schedule.Starts[5]", manage);
        Assert.Contains("Passer en phase « Concertation »", manage);
        Assert.Contains("Archiver la feuille de route", manage);
    }

    private async Task<string> CreateAsync()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);
        var slug = NewSlug();
        var response = await client.PostAsJsonAsync("/api/v1/admin/roadmaps", Body(slug, await OwnerAsync()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return slug;
    }

    private Task<Guid> OwnerAsync() =>
        app.WithDbAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Departement).Select(o => o.Id).FirstAsync());

    private static string NewSlug() => $"essai-{Guid.NewGuid():N}"[..20];

    private static object Body(string slug, Guid owner) =>
        new { ownerOrganisationId = owner, title = "Essai de feuille de route", slug, summary = "Un essai.", description = "**Texte**" };
}
