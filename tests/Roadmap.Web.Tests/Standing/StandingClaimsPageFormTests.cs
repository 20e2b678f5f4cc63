using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Standing;

/// <summary>/admin/qualites posted as a browser without JavaScript: approve, refuse with a reason, and the French refusal of a refusal without one.</summary>
public sealed class StandingClaimsPageFormTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Path = "/admin/qualites";

    [Fact]
    public async Task AnAdministratorApprovesOneClaimAndRefusesAnotherWithItsReason()
    {
        var (approvedPerson, approved) = await ClaimAsync("Morgan Élue");
        var (_, refused) = await ClaimAsync("Noa Acteur");
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var afterApproval = await FormPost.ReadAsync(await DecideAsync(client, approved, approve: true, reason: ""));
        var afterRefusal = await FormPost.ReadAsync(await DecideAsync(client, refused, approve: false, reason: "Aucun mandat à ce nom."));

        Assert.Contains("La demande de Morgan Élue est approuvée", AccountTestSteps.Text(afterApproval, "[role=status]"), StringComparison.Ordinal);
        Assert.Contains("La demande de Noa Acteur est refusée", AccountTestSteps.Text(afterRefusal, "[role=status]"), StringComparison.Ordinal);
        var claims = await app.WithDbAsync(db => db.StandingClaims.Where(c => c.Id == approved || c.Id == refused).ToDictionaryAsync(c => c.Id));
        Assert.Equal(StandingStatus.Approved, claims[approved].Status);
        Assert.Equal((StandingStatus.Refused, "Aucun mandat à ce nom."), (claims[refused].Status, claims[refused].DecisionReason));
        Assert.True(await app.WithDbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == approvedPerson && db.Roles.Any(x => x.Id == r.RoleId && x.Name == RoleNames.Actor))));
    }

    [Fact]
    public async Task ARefusalWithoutAReasonIsRefusedInFrenchAndTheClaimStaysPending()
    {
        var (_, claim) = await ClaimAsync("Lou Sansmotif");
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var response = await DecideAsync(client, claim, approve: false, reason: "  ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("motivé", (await FormPost.ReadAsync(response)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(StandingStatus.Pending, await app.WithDbAsync(db => db.StandingClaims.Where(c => c.Id == claim).Select(c => c.Status).SingleAsync()));
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid claimId, bool approve, string reason) =>
        FormPost.SubmitAsync(client, Path, $"qualite-{claimId:N}",
            new Dictionary<string, string> { ["Input.Approve"] = approve ? "true" : "false", ["Input.Reason"] = reason });

    private async Task<(Guid PersonId, Guid ClaimId)> ClaimAsync(string name)
    {
        var person = await app.NewAccountAsync(displayName: name);
        using var client = await app.BearerAsync(person.Email!, WebApp.Password);
        var organisationId = await app.WithDbAsync(db => db.Organisations.OrderBy(o => o.Name).Select(o => o.Id).FirstAsync());
        var filed = await client.PostAsJsonAsync("/api/v1/me/standing-claims", new { roadmapSlug = DemoFacts.Sarthe, organisationId, role = "Actor", statement = "Je coordonne un tiers-lieu." });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        return (person.Id, await app.WithDbAsync(db => db.StandingClaims.Where(c => c.UserId == person.Id).Select(c => c.Id).SingleAsync()));
    }
}
