using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Mediation;

internal static class MediationWebSteps
{
    /// <summary>
    /// A new mediator of the first organisation that is not a commune records, through the API, a <paramref name="kind"/>
    /// (« Support », « Comment ») on the action for a resident of the first commune; returns the contribution's id.
    /// </summary>
    public static async Task<Guid> RecordAsync(WebApp app, Guid actionId, string kind, string firstName, string initial, string? body = null)
    {
        var mediator = await app.NewAccountAsync(RoleNames.Citizen, RoadmapWebFactory.DemoPassword, "Mélanie Médiatrice");
        var (roadmapId, commune) = await app.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.Where(o => o.Kind != OrganisationKind.Commune).OrderBy(o => o.Name).FirstAsync();
            db.MediatorGrants.Add(MediatorGrant.Grant(mediator.Id, organisation.Id, null, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return (await db.Actions.Where(a => a.Id == actionId).Select(a => a.RoadmapId).SingleAsync(),
                await db.Organisations.Where(o => o.Kind == OrganisationKind.Commune).OrderBy(o => o.Name).Select(o => o.Name).FirstAsync());
        });
        using var mediation = await app.BearerAsync(mediator.Email!);
        var recorded = await mediation.PostAsJsonAsync("/api/v1/mediation/contributions", new
        {
            kind, roadmapId, actionId, firstName, initial, commune, body, consent = true,
        });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        return (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
