using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.BackOffice;

/// <summary>Axes and participation rules through /api/v1/admin, and their pages, for managers only.</summary>
public sealed class AxisApiTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task AnAdministratorAddsEditsReordersAndArchivesAnAxis()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);

        var added = await client.PostAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}/axes",
            new { title = "Données publiques", description = "Ouvrir", objectives = new[] { "Ouvrir les données", "Les réutiliser" } });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var edited = await client.PutAsJsonAsync($"/api/v1/admin/axes/{id}", new { title = "Données ouvertes", description = "", objectives = new[] { "Ouvrir" } });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        var order = await app.WithDbAsync(db => db.Axes.Where(a => a.RoadmapId == db.Roadmaps.Single(r => r.Slug == DemoFacts.Herault).Id && a.ArchivedAt == null)
            .OrderByDescending(a => a.Position).Select(a => a.Id).ToListAsync());
        var reordered = await client.PutAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}/axes/order", new { axisIds = order });
        Assert.Equal(HttpStatusCode.OK, reordered.StatusCode);

        var archived = await client.PostAsync($"/api/v1/admin/axes/{id}/archive", null);
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        Assert.True((await archived.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("removed").GetBoolean());
        Assert.False(await app.WithDbAsync(db => db.Axes.AnyAsync(a => a.Id == id)));
    }

    [Fact]
    public async Task ReorderingWithAForeignAxisIsAFrenchProblem()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);
        var foreign = await app.WithDbAsync(db => db.Axes.Where(a => a.RoadmapId == db.Roadmaps.Single(r => r.Slug == DemoFacts.Sarthe).Id).Select(a => a.Id).FirstAsync());

        var response = await client.PutAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}/axes/order", new { axisIds = new[] { foreign } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(TerritorialRoadmap.ForeignAxis, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyTitleIsAFieldError()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);

        var response = await client.PostAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}/axes", new { title = "  ", objectives = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Le titre de l'axe est obligatoire.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRulesChangeThroughTheApi()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);

        var response = await client.PutAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}/rules",
            new { proposers = "AllRegistered", supportEligibility = "VerifiedStanding", maxSupportsPerParticipant = 5, countsShownDuringPhase = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rules = await app.WithDbAsync(db => db.Roadmaps.Where(r => r.Slug == DemoFacts.Herault).Select(r => r.VotingRules).SingleAsync());
        Assert.Equal(new VotingRules(SupportEligibility.VerifiedStanding, 5, ProposalEligibility.AllRegistered, true), rules);
    }

    [Fact]
    public async Task HidingTheCountsDuringThePhaseIsSavedAndJournaled()
    {
        var client = await app.BearerAsync(DemoFacts.Administrator);
        var journal = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "rules.changed"));

        var response = await client.PutAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}/rules",
            new { proposers = "AllRegistered", supportEligibility = "AllRegistered", countsShownDuringPhase = false });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("countsShownDuringPhase").GetBoolean());
        var rules = await app.WithDbAsync(db => db.Roadmaps.Where(r => r.Slug == DemoFacts.Herault).Select(r => r.VotingRules).SingleAsync());
        Assert.Equal(new VotingRules(SupportEligibility.AllRegistered, null, ProposalEligibility.AllRegistered, false), rules);
        Assert.Equal(journal + 1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "rules.changed")));
        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "rules.changed").OrderByDescending(e => e.At).FirstAsync());
        Assert.Contains("\"countsShownDuringPhase\":false", entry.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoFacts.Citizen)]
    [InlineData(DemoFacts.Actor)]
    [InlineData(DemoFacts.Facilitator)]
    public async Task OthersAreForbidden(string email)
    {
        var client = await app.BearerAsync(email);

        var response = await client.PutAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}/rules",
            new { proposers = "AllRegistered", supportEligibility = "AllRegistered", countsShownDuringPhase = true });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnonymousCallersMustSignIn()
    {
        var response = await app.Anonymous().PostAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Herault}/axes", new { title = "Données" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("axes", "Axes et objectifs")]
    [InlineData("regles", "Règles de participation")]
    public async Task TheManagerPagesShowTheirFormsToAnAdministrator(string page, string heading)
    {
        var client = await app.SignedInAsync(DemoFacts.Administrator);

        var html = await client.GetStringAsync($"/feuilles-de-route/{DemoFacts.Herault}/{page}");

        Assert.Contains($"<h1>{heading}", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheManagerPagesAreForbiddenToACitizen()
    {
        var client = await app.SignedInAsync(DemoFacts.Citizen);

        var response = await client.GetAsync($"/feuilles-de-route/{DemoFacts.Herault}/regles");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
