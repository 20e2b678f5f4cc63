using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Support.DemoFacts;

namespace Roadmap.Web.Tests.Standing;

/// <summary>/api/v1/me/standing-claims, /api/v1/admin/standing-claims and /api/v1/admin/audit: French problems for refusals.</summary>
public sealed class StandingApiTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task SubmittingNeedsToBeSignedIn()
    {
        using var client = app.Anonymous();

        var response = await client.PostAsJsonAsync("/api/v1/me/standing-claims", new { roadmapSlug = Sarthe, organisationId = Guid.NewGuid(), role = "Actor" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ACitizenClaimsOnceIsRefusedASecondTimeAndAnAdministratorApproves()
    {
        var person = await app.NewAccountAsync(RoleNames.Citizen);
        using var client = await app.BearerAsync(person.Email!, WebApp.Password);
        var organisationId = await app.WithDbAsync(db => db.Organisations.Select(o => o.Id).FirstAsync());
        var body = new { roadmapSlug = Sarthe, organisationId, role = "ElectedOfficial", statement = "Conseillère municipale" };

        var first = await client.PostAsJsonAsync("/api/v1/me/standing-claims", body);
        var second = await client.PostAsJsonAsync("/api/v1/me/standing-claims", body);
        var review = await client.GetAsync("/api/v1/admin/standing-claims");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Contains("déjà une demande", await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);

        var id = (await first.Content.ReadFromJsonAsync<Receipt>(WebApp.Json))!.Id;
        using var admin = await app.BearerAsync(Administrator);
        var refusal = await admin.PostAsJsonAsync($"/api/v1/admin/standing-claims/{id}/decision", new { approve = false, reason = "" });
        var approval = await admin.PostAsJsonAsync($"/api/v1/admin/standing-claims/{id}/decision", new { approve = true });
        var again = await admin.PostAsJsonAsync($"/api/v1/admin/standing-claims/{id}/decision", new { approve = true });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusal.StatusCode);
        Assert.Contains("motivé", await refusal.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(organisationId, await app.WithDbAsync(db => db.Users.Where(u => u.Id == person.Id).Select(u => u.OrganisationId).SingleAsync()));
        var mine = await client.GetStringAsync("/api/v1/me/standing-claims");
        Assert.Contains("Approuvée", mine);
    }

    [Fact]
    public async Task TheJournalIsForAdministratorsOnly()
    {
        using var citizen = await app.BearerAsync(Citizen);
        using var admin = await app.BearerAsync(Administrator);

        var refused = await citizen.GetAsync("/api/v1/admin/audit");
        var read = await admin.GetAsync($"/api/v1/admin/audit?roadmap={Sarthe}&person=x&from=2026-01-01&to=2026-12-31&page=1");
        var bad = await admin.GetAsync("/api/v1/admin/audit?page=0");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
    }

    [Fact]
    public async Task TheQueueAndJournalPagesAnswer()
    {
        using var admin = await app.SignedInAsync(Administrator);
        using var citizen = await app.SignedInAsync(Citizen);

        Assert.Contains("Demandes de qualité", await admin.GetStringAsync("/admin/qualites"));
        Assert.Contains("Journal des modifications", await admin.GetStringAsync("/admin/journal"));
        Assert.Contains("Demander une qualité", await citizen.GetStringAsync("/compte/qualite"));
        Assert.Contains("Seuls les gestionnaires", await citizen.GetStringAsync("/admin/qualites"));
    }

    private sealed record Receipt(Guid Id, string Status);
}
