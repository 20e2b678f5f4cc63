using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Infrastructure.Tests.Support;

namespace Roadmap.Infrastructure.Tests.Seeding;

/// <summary>
/// The demo is set up through the back office (issue 10, item 10): the territory imported, the
/// roadmaps created and configured, each given a team, standings claimed and approved, workshops
/// held and scheduled — each request leaving its entry in the journal.
/// </summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoThroughBackOfficeTests(DemoSeederTests.SeededDatabase seeded)
{
    private const string Sarthe = "usages-numeriques-sarthe";
    private const string Herault = "usages-services-numeriques-herault";
    private const string Drome = "usages-numeriques-drome";

    private readonly SqliteTestDatabase _database = seeded.Database;

    [Fact]
    public async Task TheSartheTheHeraultAndTheDromeAreImportedAndTheDemoPeopleBelongToTheImportedCollectivities()
    {
        var departements = await _database.QueryAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Departement).Select(o => o.OfficialCode).ToListAsync());
        var sartheCommunes = await _database.QueryAsync(db => db.Organisations.CountAsync(o => o.Kind == OrganisationKind.Commune && o.OfficialCode!.StartsWith("72")));
        var mayor = await _database.QueryAsync(db => db.Users.Where(u => u.Email == "elu@demo.roadmap.local")
            .Join(db.Organisations, u => u.OrganisationId, o => o.Id, (u, o) => o).SingleAsync());

        Assert.Equal(["26", "34", "72"], departements.Order());
        Assert.Equal(352, sartheCommunes);
        Assert.Equal(("La Flèche", "72154", OrganisationKind.Commune), (mayor.Name, mayor.OfficialCode, mayor.Kind));
        Assert.NotNull(mayor.Siren);
        Assert.Equal(3, await _database.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "territory.imported")));
        Assert.Equal(6, await _database.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "organisation.created")));
    }

    [Fact]
    public async Task EachRoadmapIsCreatedByTheAdministratorAndRunByATeamOfItsTerritory()
    {
        var teams = await _database.QueryAsync(db => db.TeamMembers
            .Join(db.Roadmaps, m => m.RoadmapId, r => r.Id, (m, r) => new { r.Slug, m.Role, m.UserId })
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { x.Slug, x.Role, u.Email })
            .ToListAsync());
        var created = await _database.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "roadmap.created"));
        var herault = await _database.QueryAsync(db => db.Roadmaps.SingleAsync(r => r.Slug == Herault));

        Assert.Equal(3, created);
        Assert.Equal(
            [(Drome, TeamRole.Manager, "participant17@demo.roadmap.local"), (Drome, TeamRole.Facilitator, "participant18@demo.roadmap.local"),
             (Sarthe, TeamRole.Manager, "participant12@demo.roadmap.local"), (Sarthe, TeamRole.Facilitator, "participant07@demo.roadmap.local"),
             (Herault, TeamRole.Manager, "participant13@demo.roadmap.local"), (Herault, TeamRole.Facilitator, "participant15@demo.roadmap.local")],
            teams.Select(t => (t.Slug, t.Role, t.Email)).OrderBy(t => t.Slug, StringComparer.Ordinal).ThenBy(t => t.Role));
        Assert.Equal(RoadmapPhase.Ateliers, herault.CurrentPhase);
        Assert.False(string.IsNullOrWhiteSpace(herault.PhaseMessage));
        Assert.Equal(6, herault.Phases.Count);
    }

    [Fact]
    public async Task OfficialsAndActorsHoldAStandingApprovedInTheirRoadmapAndOneClaimAwaitsTheManager()
    {
        var claims = await _database.QueryAsync(db => db.StandingClaims.ToListAsync());
        var pending = Assert.Single(claims, c => c.Status == StandingStatus.Pending);
        var claimant = await _database.QueryAsync(db => db.Users.SingleAsync(u => u.Id == pending.UserId));

        Assert.Equal(14, claims.Count(c => c.Status == StandingStatus.Approved));
        Assert.Equal("participant03@demo.roadmap.local", claimant.Email);
        Assert.Equal(ParticipantRole.ElectedOfficial, pending.Role);
        Assert.Null(claimant.OrganisationId);
    }

    [Fact]
    public async Task TheHeraultHasAWorkshopHeldWithPublishedMinutesAndOneToCome()
    {
        var workshops = await _database.QueryAsync(db => db.Workshops
            .Where(w => db.Roadmaps.Any(r => r.Id == w.RoadmapId && r.Slug == Herault)).ToListAsync());
        var held = Assert.Single(workshops, w => w.Status == WorkshopStatus.Closed);
        var coming = Assert.Single(workshops, w => w.Status == WorkshopStatus.Scheduled);
        var ideas = await _database.QueryAsync(db => db.Ideas.CountAsync(i => i.WorkshopId == held.Id));

        Assert.True(held.MinutesArePublished);
        Assert.Contains("Une convention type", held.Minutes, StringComparison.Ordinal);
        Assert.Equal(3, ideas);
        Assert.True(held.StartsAt < DateTimeOffset.UtcNow && coming.StartsAt > DateTimeOffset.UtcNow);
    }
}
