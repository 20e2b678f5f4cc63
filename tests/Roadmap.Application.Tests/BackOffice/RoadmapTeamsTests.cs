using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.BackOffice;

/// <summary>Who may act on one roadmap: platform roles reach every roadmap, a team role reaches its own only.</summary>
public sealed class RoadmapTeamsTests() : ApplicationTest
{
    private TerritorialRoadmap _a = default!;
    private TerritorialRoadmap _b = default!;
    private Guid _person;

    protected override async Task ArrangeAsync()
    {
        var builderA = new RoadmapBuilder();
        _a = builderA.Build();
        var builderB = new RoadmapBuilder();
        _b = builderB.Build();
        await Host.SaveAsync(builderA.Owner, builderB.Owner, _a, _b);
        _person = await Host.NewUserAsync("Camille Martin");
    }

    public static TheoryData<string?, TeamRole?, bool, bool, bool, bool> Matrix => new()
    {
        // platform role, team role on A → manages A, manages B, team of A, team of B
        { null, null, false, false, false, false },
        { RoleNames.Citizen, null, false, false, false, false },
        { RoleNames.ElectedOfficial, null, false, false, false, false },
        { null, TeamRole.Facilitator, false, false, true, false },
        { null, TeamRole.Manager, true, false, true, false },
        { RoleNames.Facilitator, null, false, false, true, true },
        { RoleNames.Facilitator, TeamRole.Manager, true, false, true, true },
        { RoleNames.Administrator, null, true, true, true, true },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task PlatformAndTeamRolesGiveTheirPowersOnTheirRoadmapsOnly(
        string? platformRole, TeamRole? teamRole, bool managesA, bool managesB, bool teamOfA, bool teamOfB)
    {
        if (teamRole is { } role)
        {
            await Host.SaveAsync(RoadmapTeamMember.Grant(_a.Id, _person, role, _person, RoadmapBuilder.Now));
        }

        Host.User.SignIn(_person, null, platformRole is null ? [] : [platformRole]);

        await Host.WithDbAsync(async db =>
        {
            Assert.Equal(managesA, await db.CanManageAsync(Host.User, _a.Id, CancellationToken.None));
            Assert.Equal(managesB, await db.CanManageAsync(Host.User, _b.Id, CancellationToken.None));
            Assert.Equal(teamOfA, await db.IsTeamAsync(Host.User, _a.Id, CancellationToken.None));
            Assert.Equal(teamOfB, await db.IsTeamAsync(Host.User, _b.Id, CancellationToken.None));
            return 0;
        });
    }

    [Fact]
    public async Task ATeamFacilitatorOfOneRoadmapIsRefusedInFrenchOnAnother()
    {
        await Host.SaveAsync(RoadmapTeamMember.Grant(_a.Id, _person, TeamRole.Facilitator, _person, RoadmapBuilder.Now));
        Host.User.SignIn(_person, null, RoleNames.Citizen);

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => Host.WithDbAsync(async db =>
        {
            await db.EnsureTeamAsync(Host.User, _b.Id, CancellationToken.None);
            return 0;
        }));

        Assert.Equal(RoadmapTeams.NotTeam, refused.Message);
    }

    [Fact]
    public async Task AnAnonymousVisitorIsAskedToSignInRatherThanRefused()
    {
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.WithDbAsync(async db =>
        {
            await db.EnsureCanManageAsync(Host.User, _a.Id, CancellationToken.None);
            return 0;
        }));
    }

    [Fact]
    public async Task TheJournalKeepsWhoDidWhatBeforeAndAfterInTheSameSave()
    {
        Host.User.SignIn(_person, null, RoleNames.Administrator);

        await Host.WithDbAsync(async db =>
        {
            await db.RecordAsync(Host.User, RoadmapBuilder.Now, _a.Id, "roadmap.renamed", "Feuille de route « Usages numériques »",
                new { Title = "Usages numériques" }, new { Title = "Usages et services numériques <script>" }, CancellationToken.None);
            Assert.Equal(0, await db.AuditEntries.CountAsync());
            return await db.SaveChangesAsync();
        });

        var entry = await Host.WithDbAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal("Camille Martin", entry.ActorName);
        Assert.Equal(_person, entry.ActorId);
        Assert.Equal(_a.Id, entry.RoadmapId);
        Assert.Equal("""{"title":"Usages numériques"}""", entry.Before);
        Assert.Equal("""{"title":"Usages et services numériques <script>"}""", entry.After);
    }

    [Fact]
    public async Task TheCommandLineIsNamedAsSuchInTheJournal()
    {
        Host.User.SignOut();

        await Host.WithDbAsync(async db =>
        {
            await db.RecordAsync(Host.User, RoadmapBuilder.Now, null, "territory.imported", "Sarthe (72)", null, new { Communes = 352 }, CancellationToken.None);
            return await db.SaveChangesAsync();
        });

        var entry = await Host.WithDbAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(AuditLog.System, entry.ActorName);
        Assert.Null(entry.ActorId);
        Assert.Null(entry.Before);
    }
}
