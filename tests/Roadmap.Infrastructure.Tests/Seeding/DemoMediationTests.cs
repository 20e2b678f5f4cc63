using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Tests.Support;

namespace Roadmap.Infrastructure.Tests.Seeding;

/// <summary>
/// The demo shows mediated participation (decision 033): a mediator, granted two organisations of the Saosnois by the
/// administrator, has recorded residents' supports, comments and an idea on the Sarthe's roadmap through the use cases.
/// </summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoMediationTests(DemoSeederTests.SeededDatabase seeded)
{
    private const string Mediator = "mediatrice@demo.roadmap.local";
    private const string Sarthe = "usages-numeriques-sarthe";

    private readonly SqliteTestDatabase _database = seeded.Database;

    [Fact]
    public async Task TheMediatorSignsInWithTheDemoPassword()
    {
        await using var scope = _database.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        var mediator = await users.FindByEmailAsync(Mediator);

        Assert.NotNull(mediator);
        Assert.True(mediator.EmailConfirmed);
        Assert.True(await users.CheckPasswordAsync(mediator, SqliteTestDatabase.DefaultDemoPassword));
    }

    [Fact]
    public async Task TheAdministratorGrantedTheMediatorTheFranceServicesAndTheTiersLieuOfTheSaosnois()
    {
        var grants = await _database.QueryAsync(db => (
            from g in db.MediatorGrants
            join u in db.Users on g.UserId equals u.Id
            join o in db.Organisations on g.OrganisationId equals o.Id
            where u.Email == Mediator
            select new { o.Name, o.Kind, GrantedBy = db.Users.Where(a => a.Id == g.GrantedById).Select(a => a.Email).FirstOrDefault() })
            .ToListAsync());
        var journalled = await _database.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "mediator.granted"));

        Assert.Equal(
            [("France Services du Saosnois (Mamers)", OrganisationKind.EtablissementPublic), ("La Grange numérique, tiers-lieu du Saosnois", OrganisationKind.TiersLieu)],
            grants.Select(g => (g.Name, g.Kind)).Order());
        Assert.All(grants, g => Assert.Equal("admin@demo.roadmap.local", g.GrantedBy));
        Assert.Equal(2, journalled);
    }

    [Fact]
    public async Task TheMediatorRecordedThreeSupportsTwoCommentsAndAnIdeaOnTheSarthe()
    {
        var kinds = await _database.QueryAsync(db => Mine(db).Select(c => c.Kind).ToListAsync());

        Assert.Equal(
            [MediatedContributionKind.Support, MediatedContributionKind.Support, MediatedContributionKind.Support,
             MediatedContributionKind.Comment, MediatedContributionKind.Comment, MediatedContributionKind.Idea],
            kinds.Order());
    }

    [Fact]
    public async Task EachResidentHasAFirstNameAnInitialACommuneOfTheSartheAnAgeBracketAndGaveConsent()
    {
        var residents = await _database.QueryAsync(db => (
            from c in Mine(db)
            join commune in db.Organisations on c.CommuneId equals commune.Id
            select new { c.ResidentFirstName, c.ResidentInitial, c.AgeBracket, c.ConsentVersion, commune.Kind, commune.OfficialCode })
            .ToListAsync());

        Assert.All(residents, r =>
        {
            Assert.NotEmpty(r.ResidentFirstName);
            Assert.Single(r.ResidentInitial);
            Assert.NotNull(r.AgeBracket);
            Assert.Equal(MediationConsent.CurrentVersion, r.ConsentVersion);
            Assert.Equal(OrganisationKind.Commune, r.Kind);
            Assert.StartsWith("72", r.OfficialCode, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TheSupportsCountApartOnTheirActions()
    {
        var counted = await _database.QueryAsync(db => db.Actions
            .Where(a => Mine(db).Any(c => c.ActionId == a.Id && c.Kind == MediatedContributionKind.Support))
            .SumAsync(a => a.MediatedSupportCount));

        Assert.Equal(3, counted);
    }

    [Fact]
    public async Task TheLatestEntryCanStillBeCorrected()
    {
        var latest = await _database.QueryAsync(db => Mine(db).MaxAsync(c => c.CreatedAt));

        Assert.True(DateTimeOffset.UtcNow - latest < MediatedContribution.CorrectionWindow, $"Latest entry at {latest:O}.");
    }

    private static IQueryable<MediatedContribution> Mine(RoadmapDbContext db) =>
        db.MediatedContributions.Where(c =>
            db.Users.Any(u => u.Id == c.MediatorId && u.Email == Mediator) && db.Roadmaps.Any(r => r.Id == c.RoadmapId && r.Slug == Sarthe));
}
