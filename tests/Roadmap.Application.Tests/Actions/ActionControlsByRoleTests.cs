using Roadmap.Application.Actions.GetActionControls;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Roadmaps.Team;

namespace Roadmap.Application.Tests.Actions;

/// <summary>The review controls of an action page come from the scope's viewer: its roadmap's team and staff get them, nobody else.</summary>
public sealed class ActionControlsByRoleTests() : ApplicationTest(frozenClock: true)
{
    private TeamScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await TeamScene.StartAsync(Host);

    public static TheoryData<string, bool> Callers => new()
    {
        { "guest", false },
        { "participant", false },
        { "facilitator of A", true },
        { "manager of B", false },
        { "staff", true },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task OnlyTheActionsTeamAndStaffSeeTheReviewControls(string caller, bool reviews)
    {
        switch (caller)
        {
            case "guest":
                await _scene.SignInAsync(null);
                break;
            case "participant":
                await _scene.SignInAsync(RoleNames.Citizen);
                break;
            case "facilitator of A":
                await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Facilitator, _scene.A);
                break;
            case "manager of B":
                await _scene.SignInAsync(RoleNames.Citizen, TeamRole.Manager, _scene.B);
                break;
            default:
                await _scene.SignInAsync(RoleNames.Facilitator);
                break;
        }

        var controls = await Host.SendAsync(new GetActionControls(_scene.A.ActionToReview.Id));

        Assert.Equal(reviews, controls.ReviewTargets.Count > 0);
    }
}
