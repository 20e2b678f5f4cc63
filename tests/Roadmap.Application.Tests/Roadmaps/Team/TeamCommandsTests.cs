using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Account.GetMyMenu;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Moderation.GetModerationQueue;
using Roadmap.Application.Roadmaps.Team;
using Roadmap.Application.Roadmaps.Team.FindPeople;
using Roadmap.Application.Roadmaps.Team.GetTeam;
using Roadmap.Application.Roadmaps.Team.GrantTeamRole;
using Roadmap.Application.Roadmaps.Team.RevokeTeamRole;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Workshops.ListFacilitators;

namespace Roadmap.Application.Tests.Roadmaps.Team;

/// <summary>Granting, changing and revoking team roles (journal, notification, last manager), and what a team reads.</summary>
public sealed class TeamCommandsTests() : ApplicationTest(frozenClock: true)
{
    private TeamScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await TeamScene.StartAsync(Host);

    [Fact]
    public async Task AGrantIsJournaledAndNotifiedAndASecondIdenticalGrantChangesNothing()
    {
        var person = await Host.NewUserAsync("Dominique Nouvelle");
        _scene.AsAdministrator();

        await Host.SendAsync(new GrantTeamRole(_scene.A.Slug, person, TeamRole.Facilitator));
        await Host.SendAsync(new GrantTeamRole(_scene.A.Slug, person, TeamRole.Facilitator));

        Assert.Equal(1, await Host.WithDbAsync(db => db.TeamMembers.CountAsync(m => m.UserId == person)));
        var entry = Assert.Single(await Host.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "team.granted").ToListAsync()));
        Assert.Equal(_scene.A.Roadmap.Id, entry.RoadmapId);
        Assert.Contains("Dominique Nouvelle", entry.After, StringComparison.Ordinal);
        var notice = Assert.Single(await Host.WithDbAsync(db => db.Notifications.Where(n => n.UserId == person).ToListAsync()));
        Assert.Equal(NotificationKind.TeamRoleGranted, notice.Kind);
        Assert.Equal("/feuilles-de-route/feuille-a/equipe", notice.Link);
    }

    [Fact]
    public async Task GrantingAnotherRoleChangesItWithBeforeAndAfter()
    {
        _scene.AsAdministrator();

        await Host.SendAsync(new GrantTeamRole(_scene.A.Slug, _scene.A.FacilitatorId, TeamRole.Manager));

        Assert.Equal(TeamRole.Manager, await Host.WithDbAsync(db => db.TeamMembers.Where(m => m.UserId == _scene.A.FacilitatorId).Select(m => m.Role).SingleAsync()));
        var entry = Assert.Single(await Host.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "team.changed").ToListAsync()));
        Assert.Contains("Facilitator", entry.Before, StringComparison.Ordinal);
        Assert.Contains("Manager", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARevokeIsJournaledAndASecondOneChangesNothing()
    {
        _scene.AsAdministrator();

        await Host.SendAsync(new RevokeTeamRole(_scene.A.Slug, _scene.A.FacilitatorId));
        await Host.SendAsync(new RevokeTeamRole(_scene.A.Slug, _scene.A.FacilitatorId));

        Assert.False(await Host.WithDbAsync(db => db.TeamMembers.AnyAsync(m => m.UserId == _scene.A.FacilitatorId && m.RoadmapId == _scene.A.Roadmap.Id)));
        Assert.Single(await Host.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "team.revoked").ToListAsync()));
    }

    [Fact]
    public async Task TheLastManagerMayNeitherLeaveNorStepDownUntilAnotherIsNamed()
    {
        var manager = await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Manager, _scene.A) ?? Guid.Empty;

        var leave = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new RevokeTeamRole(_scene.A.Slug, manager)));
        var stepDown = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new GrantTeamRole(_scene.A.Slug, manager, TeamRole.Facilitator)));
        Assert.Equal(TeamRules.LastManager, leave.Message);
        Assert.Equal(TeamRules.LastManager, stepDown.Message);

        await Host.SendAsync(new GrantTeamRole(_scene.A.Slug, _scene.A.FacilitatorId, TeamRole.Manager));
        await Host.SendAsync(new RevokeTeamRole(_scene.A.Slug, manager));
        Assert.False(await Host.WithDbAsync(db => db.TeamMembers.AnyAsync(m => m.UserId == manager)));
    }

    [Fact]
    public async Task AnAdministratorMayRemoveTheLastManager()
    {
        var manager = await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Manager, _scene.A) ?? Guid.Empty;
        _scene.AsAdministrator();

        await Host.SendAsync(new RevokeTeamRole(_scene.A.Slug, manager));

        Assert.False(await Host.WithDbAsync(db => db.TeamMembers.AnyAsync(m => m.UserId == manager)));
    }

    [Fact]
    public async Task TheTeamReadsItsMembersAndOnlyManagersSeeTheirAddresses()
    {
        await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Facilitator, _scene.A);
        var asFacilitator = await Host.SendAsync(new GetTeam(_scene.A.Slug));
        await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Manager, _scene.A, "Claude Gestionnaire");
        var asManager = await Host.SendAsync(new GetTeam(_scene.A.Slug));

        Assert.False(asFacilitator.CanManage);
        Assert.All(asFacilitator.Members, m => Assert.Null(m.Email));
        Assert.True(asManager.CanManage);
        Assert.All(asManager.Members, m => Assert.NotNull(m.Email));
        Assert.Equal(TeamRole.Manager, asManager.Members[0].Role);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task FindingPeopleNeedsAQuery(string query)
    {
        _scene.AsAdministrator();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new FindPeople(_scene.A.Slug, query)));

        Assert.Contains("Saisissez", refused.Errors.SelectMany(e => e.Value).First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindingPeopleGivesAtMostTwentyWithTheirTeamRole()
    {
        for (var i = 0; i < 25; i++)
        {
            await Host.NewUserAsync($"Animatrice bénévole {i:00}");
        }

        _scene.AsAdministrator();
        var many = await Host.SendAsync(new FindPeople(_scene.A.Slug, "BÉNÉVOLE"));
        var one = await Host.SendAsync(new FindPeople(_scene.A.Slug, " feuille-a "));

        Assert.Equal(FindPeople.MaxResults, many.Count);
        Assert.Equal((_scene.A.FacilitatorId, (TeamRole?)TeamRole.Facilitator), one.Select(p => (p.Id, p.TeamRole)).Single(p => p.Id == _scene.A.FacilitatorId));
    }

    [Fact]
    public async Task ATeamFacilitatorSeesTheReportsOfItsRoadmapOnly()
    {
        var reporter = await Host.NewUserAsync("Signalante");
        await Host.SaveAsync(
            ContentReport.File(ReportTarget.Comment, _scene.A.Comment.Id, reporter, "Insulte", RoadmapBuilder.Now),
            ContentReport.File(ReportTarget.Comment, _scene.B.Comment.Id, reporter, "Insulte", RoadmapBuilder.Now));

        await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Facilitator, _scene.A);
        var queue = await Host.SendAsync(new GetModerationQueue());
        await _scene.SignInAsync(RoleNames.Facilitator);
        var everything = await Host.SendAsync(new GetModerationQueue());
        await _scene.SignInAsync(RoleNames.Citizen);

        Assert.Equal([_scene.A.Comment.Id], queue.Select(i => i.TargetId));
        Assert.Equal(2, everything.Count);
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new GetModerationQueue()));
    }

    [Fact]
    public async Task AWorkshopFormOffersTheRoadmapsTeam()
    {
        await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Facilitator, _scene.A);

        var offered = await Host.SendAsync(new ListFacilitators(_scene.A.Slug));

        Assert.Contains(offered, f => f.Id == _scene.A.FacilitatorId);
        Assert.DoesNotContain(offered, f => f.Id == _scene.B.FacilitatorId);
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new ListFacilitators(_scene.B.Slug)));
    }

    [Fact]
    public async Task MyTeamsListsTheRoadmapsWhereIHaveARole()
    {
        Host.User.SignIn(_scene.A.FacilitatorId, null, RoleNames.Citizen);

        var mine = await Host.SendAsync(new GetMyMenu());

        Assert.Equal([new MyTeam("feuille-a", _scene.A.Roadmap.Title, TeamRole.Facilitator)], mine.Teams);
    }
}
