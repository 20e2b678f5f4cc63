using Roadmap.Application.Account.GetMyMenu;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Roadmaps.Team;

namespace Roadmap.Application.Tests.Account;

/// <summary>The header's menu, per role: teams, moderation, mediation and unread count, each read for the caller only.</summary>
public sealed class GetMyMenuTests() : ApplicationTest(frozenClock: true)
{
    private TeamScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await TeamScene.StartAsync(Host);

    [Fact]
    public async Task AGuestGetsAnEmptyMenu()
    {
        await _scene.SignInAsync(null);

        Assert.Equal(MyMenu.SignedOut, await Host.SendAsync(new GetMyMenu()));
    }

    [Fact]
    public async Task AParticipantSeesNoStaffEntries()
    {
        await _scene.SignInAsync(RoleNames.Citizen);

        var menu = await Host.SendAsync(new GetMyMenu());

        Assert.Empty(menu.Teams);
        Assert.False(menu.MayModerate);
        Assert.False(menu.IsMediator);
    }

    [Fact]
    public async Task ATeamMemberSeesTheirTeamsAndModeration()
    {
        await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Manager, _scene.B);

        var menu = await Host.SendAsync(new GetMyMenu());

        Assert.Equal([new MyTeam("feuille-b", _scene.B.Roadmap.Title, TeamRole.Manager)], menu.Teams);
        Assert.True(menu.MayModerate);
    }

    [Fact]
    public async Task StaffModeratesWithoutATeam()
    {
        await _scene.SignInAsync(RoleNames.Facilitator);

        var menu = await Host.SendAsync(new GetMyMenu());

        Assert.Empty(menu.Teams);
        Assert.True(menu.MayModerate);
    }

    [Fact]
    public async Task StaffWhoseAccountIsGoneStillModerateUntilTheSessionEnds()
    {
        Host.User.SignIn(Guid.NewGuid(), null, RoleNames.Administrator);

        var menu = await Host.SendAsync(new GetMyMenu());

        Assert.Equal((0, true, false, 0), (menu.Teams.Count, menu.MayModerate, menu.IsMediator, menu.Unread));
    }

    [Fact]
    public async Task AParticipantWhoseAccountIsGoneGetsAnEmptyMenu()
    {
        Host.User.SignIn(Guid.NewGuid(), null, RoleNames.Citizen);

        var menu = await Host.SendAsync(new GetMyMenu());

        Assert.Equal((0, false, false, 0), (menu.Teams.Count, menu.MayModerate, menu.IsMediator, menu.Unread));
    }

    [Fact]
    public async Task AMediatorSeesTheMediationEntry()
    {
        var me = await _scene.SignInAsync(RoleNames.Citizen);
        await Host.SaveAsync(MediatorGrant.Grant(me!.Value, _scene.A.Roadmap.OwnerOrganisationId, _scene.AdministratorId, RoadmapBuilder.Now));

        var menu = await Host.SendAsync(new GetMyMenu());

        Assert.True(menu.IsMediator);
        Assert.False(menu.MayModerate);
    }

    [Fact]
    public async Task CountsOnlyMyUnreadNotifications()
    {
        var someoneElse = await Host.NewUserAsync("Dominique");
        var me = (await _scene.SignInAsync(RoleNames.Citizen))!.Value;
        var read = Notification.Create(me, NotificationKind.NewComment, "Lue", "/", RoadmapBuilder.Now);
        read.MarkRead(RoadmapBuilder.Now);
        await Host.SaveAsync(
            Notification.Create(me, NotificationKind.NewComment, "Une", "/", RoadmapBuilder.Now),
            Notification.Create(me, NotificationKind.NewComment, "Deux", "/", RoadmapBuilder.Now),
            read,
            Notification.Create(someoneElse, NotificationKind.NewComment, "Pas pour moi", "/", RoadmapBuilder.Now));

        Assert.Equal(2, (await Host.SendAsync(new GetMyMenu())).Unread);
    }
}
