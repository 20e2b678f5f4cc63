using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Roadmaps.Team.GetMyRoadmapAccess;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Roadmaps.Team;

/// <summary>What a page may offer on roadmap A, per platform role and team role: the same answer as the use cases' own checks.</summary>
public sealed class GetMyRoadmapAccessTests() : ApplicationTest(frozenClock: true)
{
    public static TheoryData<string?, string, bool, bool> Roles => new()
    {
        // global role (null: signed out), team role → manages A, team of A
        { null, "aucun", false, false },
        { RoleNames.Citizen, "aucun", false, false },
        { RoleNames.Actor, "aucun", false, false },
        { RoleNames.ElectedOfficial, "aucun", false, false },
        { RoleNames.Citizen, "animateur·rice de A", false, true },
        { RoleNames.Citizen, "gestionnaire de A", true, true },
        { RoleNames.Citizen, "animateur·rice de B", false, false },
        { RoleNames.ElectedOfficial, "gestionnaire de B", false, false },
        { RoleNames.Facilitator, "aucun", false, true },
        { RoleNames.Facilitator, "gestionnaire de A", true, true },
        { RoleNames.Administrator, "aucun", true, true },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task AnswersPerRole(string? globalRole, string teamRole, bool canManage, bool isTeam)
    {
        var scene = await TeamScene.StartAsync(Host);
        var (role, side) = teamRole switch
        {
            "animateur·rice de A" => ((TeamRole?)TeamRole.Facilitator, scene.A),
            "gestionnaire de A" => (TeamRole.Manager, scene.A),
            "animateur·rice de B" => (TeamRole.Facilitator, scene.B),
            "gestionnaire de B" => (TeamRole.Manager, scene.B),
            _ => (null, null),
        };
        await scene.SignInAsync(globalRole, role, side);

        var access = await Host.SendAsync(new GetMyRoadmapAccess(scene.A.Slug));

        Assert.Equal(new RoadmapAccess(canManage, isTeam), access);
    }

    [Fact]
    public async Task AnUnknownRoadmapIsNotFound()
    {
        Host.User.SignIn(await Host.NewUserAsync("Alex"), null, RoleNames.Administrator);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new GetMyRoadmapAccess("inconnue")));
    }
}
