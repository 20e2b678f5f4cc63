using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Comments;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Mediation;

/// <summary>The mediation pages and API against the real app on the demo data.</summary>
public sealed class MediationWebTests(CommentsWebApp app) : IClassFixture<CommentsWebApp>
{
    private async Task<(string Email, string Organisation, string Commune)> MediatorAsync()
    {
        var account = await app.NewAccountAsync(RoleNames.Citizen, RoadmapWebFactory.DemoPassword, "Mélanie Médiatrice");
        var (organisation, commune) = await app.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.Where(o => o.Kind != OrganisationKind.Commune).OrderBy(o => o.Name).FirstAsync();
            var commune = await db.Organisations.Where(o => o.Kind == OrganisationKind.Commune).OrderBy(o => o.Name).Select(o => o.Name).FirstAsync();
            db.MediatorGrants.Add(MediatorGrant.Grant(account.Id, organisation.Id, null, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return (organisation.Name, commune);
        });
        return (account.Email!, organisation, commune);
    }

    private async Task<Guid> SartheIdAsync() => await app.WithDbAsync(db => db.Roadmaps.Where(r => r.Slug == DemoFacts.Sarthe).Select(r => r.Id).SingleAsync());

    [Fact]
    public async Task ARecordedCommentShowsOnTheActionPageAsCollectedByTheOrganisation()
    {
        var (email, organisation, commune) = await MediatorAsync();
        var actionId = await app.FreshActionAsync();
        using var client = await app.BearerAsync(email);

        var response = await client.PostAsJsonAsync("/api/v1/mediation/contributions", new
        {
            kind = "Comment", roadmapId = await SartheIdAsync(), actionId, firstName = "Jeanne\r\n", initial = "d", commune,
            body = "**Des permanences** <script>alert(1)</script>", consent = true,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var page = await app.Anonymous().GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains($"Jeanne D. ({commune})", page, StringComparison.Ordinal);
        Assert.Contains($"recueilli par {organisation}", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Des permanences</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingConsentAndNameAreRefusedInFrenchOnTheirFields()
    {
        var (email, _, commune) = await MediatorAsync();
        using var client = await app.BearerAsync(email);

        var response = await client.PostAsJsonAsync("/api/v1/mediation/contributions", new
        {
            kind = "Support", roadmapId = await SartheIdAsync(), actionId = await app.FreshActionAsync(), firstName = "", initial = "D", commune, consent = false,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(MediationConsent.Missing, errors.GetProperty("consent")[0].GetString());
        Assert.Equal("Écrivez le prénom de l'habitant·e.", errors.GetProperty("firstName")[0].GetString());
    }

    [Fact]
    public async Task ACitizenWithoutAGrantIsRefused()
    {
        using var client = await app.BearerAsync(DemoFacts.Citizen);

        var response = await client.PostAsJsonAsync("/api/v1/mediation/contributions", new
        {
            kind = "Support", roadmapId = await SartheIdAsync(), actionId = await app.FreshActionAsync(), firstName = "Jeanne", initial = "D", commune = "x", consent = true,
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheRecordingPageShowsTheConsentTextToAMediatorAndARefusalToOthers()
    {
        var (email, _, _) = await MediatorAsync();
        using var mediator = await app.SignedInAsync(email);
        using var citizen = await app.SignedInAsync(DemoFacts.Citizen);
        var sarthe = await SartheIdAsync();

        var form = await mediator.GetStringAsync($"/mediation?feuille={sarthe}");
        var refused = await citizen.GetStringAsync($"/mediation?feuille={sarthe}");

        Assert.Contains(System.Net.WebUtility.HtmlEncode(MediationConsent.Text).Replace("&#39;", "'", StringComparison.Ordinal)[..40], form.Replace("&#39;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Seul·es les médiateur·rices peuvent recueillir des contributions", refused, StringComparison.Ordinal);
    }
}
