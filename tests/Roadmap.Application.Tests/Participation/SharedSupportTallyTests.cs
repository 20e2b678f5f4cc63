using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation.GetSupportTally;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Participation;

/// <summary>
/// The tally's counts kept for every caller who may see them (decision 039), on a host that keeps shared reads:
/// the caller's side stays theirs, a new support shows on the next read, hidden counts stay hidden from the public.
/// </summary>
public sealed class SharedSupportTallyTests() : ApplicationTest(sharedReads: true)
{
    private RoadmapAction _action = default!;
    private TerritorialRoadmap _roadmap = default!;

    private async Task ArrangeRoadmapAsync(bool countsShown)
    {
        var builder = new RoadmapBuilder().WithRules(new VotingRules(SupportEligibility.AllRegistered, 3, CountsShownDuringPhase: countsShown));
        _roadmap = builder.Build();
        _action = RoadmapAction.Propose(_roadmap, Drafts.For(_roadmap.Axes[0], "Une action soutenue"), await Host.NewUserAsync("Porteuse"), RoadmapBuilder.Now);
        await Host.SaveAsync(builder.Owner, _roadmap, _action);
    }

    [Fact]
    public async Task EachCallerGetsTheirOwnSideAndANewSupportShowsOnTheNextRead()
    {
        await ArrangeRoadmapAsync(countsShown: true);
        await ParticipationScene.SignInAsync(Host, RoleNames.Citizen, name: "Soutien");
        await Host.SendAsync(new SupportAction(_action.Id));
        var other = await Host.NewUserAsync("Camille");

        var mine = await Host.SendAsync(new GetSupportTally(_action.Id));
        Host.User.SignIn(other, null, RoleNames.Citizen);
        var theirs = await Host.SendAsync(new GetSupportTally(_action.Id));
        await Host.SendAsync(new SupportAction(_action.Id));
        var afterTheirs = await Host.SendAsync(new GetSupportTally(_action.Id));
        Host.User.SignOut();
        var guest = await Host.SendAsync(new GetSupportTally(_action.Id));

        Assert.Equal((1, true, 2), (mine.Total, mine.Viewer!.Supports, mine.Viewer.RemainingSupports));
        Assert.Equal((1, false, 3), (theirs.Total, theirs.Viewer!.Supports, theirs.Viewer.RemainingSupports));
        Assert.Equal((2, true), (afterTheirs.Total, afterTheirs.Viewer!.Supports));
        Assert.Equal(2, guest.Total);
        Assert.Null(guest.Viewer);
    }

    [Fact]
    public async Task CountsTheTeamSeesAreNotServedToThePublic()
    {
        await ArrangeRoadmapAsync(countsShown: false);
        await ParticipationScene.SignInAsync(Host, RoleNames.Citizen, name: "Soutien");
        await Host.SendAsync(new SupportAction(_action.Id));
        var member = await Host.NewUserAsync("Membre de l'équipe");
        await Host.SaveAsync(RoadmapTeamMember.Grant(_roadmap.Id, member, TeamRole.Facilitator, member, RoadmapBuilder.Now));

        Host.User.SignIn(member, null, RoleNames.Citizen);
        var team = await Host.SendAsync(new GetSupportTally(_action.Id));
        Host.User.SignIn(await Host.NewUserAsync("Camille"), null, RoleNames.Citizen);
        var citizen = await Host.SendAsync(new GetSupportTally(_action.Id));

        Assert.Equal(1, team.Total);
        Assert.NotNull(team.ByRole);
        Assert.Null(citizen.Total);
        Assert.Null(citizen.ByRole);
        Assert.Null(citizen.ByOrganisation);
    }
}
