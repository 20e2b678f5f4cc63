using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.FollowUp.GetActionIndicators;
using Roadmap.Application.Moderation;
using Roadmap.Application.Moderation.ModerateAction;
using Roadmap.Application.Tests.Comments;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

/// <summary>An action's indicators kept once per audience (decision 039), on a host that keeps shared reads.</summary>
public sealed class SharedActionIndicatorsTests() : ApplicationTest(sharedReads: true)
{
    [Fact]
    public async Task TheTeamsViewOfAHiddenActionIsNeverServedToOthers()
    {
        var scenario = await CommentScenario.StartAsync(Host);
        var member = await Host.NewUserAsync("Animatrice");
        await Host.SaveAsync(RoadmapTeamMember.Grant(scenario.Roadmap.Id, member, TeamRole.Facilitator, member, RoadmapBuilder.Now));
        scenario.SignInAsCitizen();
        var before = await Host.SendAsync(new GetActionIndicators(scenario.Action.Id));
        Host.User.SignIn(member, null, RoleNames.Citizen);
        await Host.SendAsync(new ModerateAction(scenario.Action.Id, ModerationDecision.Hide, "Hors sujet"));

        var team = await Host.SendAsync(new GetActionIndicators(scenario.Action.Id));

        Assert.Equal(scenario.Action.Id, before.ActionId);
        Assert.Equal(scenario.Action.Id, team.ActionId);
        scenario.SignInAsCitizen();
        await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(new GetActionIndicators(scenario.Action.Id)));
        Host.User.SignOut();
        await Assert.ThrowsAsync<HiddenByModerationException>(() => Host.SendAsync(new GetActionIndicators(scenario.Action.Id)));
    }
}
