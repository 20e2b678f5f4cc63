using Roadmap.Application.Actions.GetActionControls;
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
        { "team of A", true },
        { "team of B", false },
        { "staff", true },
        { "mediator", false },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task OnlyTheActionsTeamAndStaffSeeTheReviewControls(string caller, bool reviews)
    {
        await _scene.SignInAsCallerAsync(caller);

        var controls = await Host.SendAsync(new GetActionControls(_scene.A.ActionToReview.Id));

        Assert.Equal(reviews, controls.ReviewTargets.Count > 0);
    }
}
