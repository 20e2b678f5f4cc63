using Roadmap.Application.Common.Caching;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Roadmaps.Axes.EditAxis;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.EditWorkshop;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.JoinWorkshop;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>
/// The room's facts from outside the workshop row (roadmap, axes, facilitators' names, action titles) are read once
/// for a crowd and kept as shared reads (decision 039, issue 14), on a host that keeps them as the web app does.
/// </summary>
public sealed class RoomFactsTests() : ApplicationTest(frozenClock: true, sharedReads: true)
{
    private WorkshopScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await WorkshopScene.StartAsync(Host);

    [Fact]
    public async Task ACrowdJoiningReadsTheRoadmapOnce()
    {
        await _scene.GuestAsync("Invitée 1");
        Host.Sql.Clear();

        await _scene.GuestAsync("Invitée 2");
        await _scene.GuestAsync("Invitée 3");

        Assert.DoesNotContain(Host.Sql.Commands, c => c.Contains("FROM \"Roadmaps\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAxisRenamedByTheTeamIsSeenByTheNextJoin()
    {
        var before = await Host.SendAsync(new JoinWorkshop(_scene.JoinCode, "Invitée 1", null));
        var axis = _scene.Roadmap.Axes[0];
        var administrator = await _scene.NewPersonAsync("Administratrice", null, RoleNames.Administrator);
        await _scene.SendAs(administrator, new EditAxis(axis.Id, "Inclusion numérique pour toutes et tous", axis.Description, []));

        var after = await _scene.SendAs(administrator, new JoinWorkshop(_scene.JoinCode, null, null));

        Assert.Equal(axis.Title, before.State.Agenda[0].Title);
        Assert.Equal("Inclusion numérique pour toutes et tous", after.State.Agenda[0].Title);
        Assert.Contains(after.State.Workshop.Axes, a => a.Title == "Inclusion numérique pour toutes et tous");
    }

    [Fact]
    public async Task ACoFacilitatorAddedBeforeTheRoomOpensIsNamedAtTheNextJoin()
    {
        var scheduled = await WorkshopScene.StartAsync(Host, openRoom: false);
        await scheduled.GuestAsync("Invitée 1");
        var colleague = await scheduled.NewPersonAsync("Sacha Co-animateur", null, RoleNames.Facilitator);
        await scheduled.SendAs(scheduled.Facilitator, new EditWorkshop(scheduled.WorkshopId, WorkshopScene.Draft(scheduled.Roadmap, coFacilitators: [colleague.UserId!.Value])));

        var guest = await scheduled.GuestAsync("Invitée 2");

        var state = await Host.SendAsync(new GetWorkshopState(scheduled.WorkshopId, guest.GuestToken));
        Assert.Equal(["Camille Animatrice", "Sacha Co-animateur"], state.Workshop.Facilitators);
    }

    [Fact]
    public async Task AJoinAfterAnyPublicWriteReadsTheFactsAgain()
    {
        await _scene.GuestAsync("Invitée 1");
        Host.Get<PublicDataGeneration>().Advance();
        Host.Sql.Clear();

        await _scene.GuestAsync("Invitée 2");

        Assert.Contains(Host.Sql.Commands, c => c.Contains("FROM \"Roadmaps\"", StringComparison.Ordinal));
    }
}
