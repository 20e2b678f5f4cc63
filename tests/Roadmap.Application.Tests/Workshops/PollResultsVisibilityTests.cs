using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CastBallot;
using Roadmap.Application.Workshops.ClosePoll;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>
/// An open poll's results in the room's state, per viewer (decision 054): a participant — guest, citizen, elected
/// official — sees them once they voted in it, a facilitator always, everyone once it is closed; until then the state
/// carries an empty tally marked withheld, never the poll's counts.
/// </summary>
public sealed class PollResultsVisibilityTests() : ApplicationTest(frozenClock: true)
{
    private WorkshopScene _scene = default!;
    private PollView _poll = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await WorkshopScene.StartAsync(Host);
        _poll = await _scene.SendAs(_scene.Facilitator, new OpenPoll(_scene.WorkshopId,
            new PollDraft(PollKind.SingleChoice, "Quel tiers-lieu en priorité ?", [new("Mamers", null), new("Bonnétable", null)], null, null, null)));
    }

    [Fact]
    public async Task TheRoomIsToldAPollOpenedWithoutResultsAndTheFacilitatorWhoOpenedItSeesThem()
    {
        var announced = Assert.Single(Host.Live.Payloads<PollView>(LiveEvents.PollOpened));

        Assert.True(announced.ResultsWithheld);
        Assert.False(_poll.ResultsWithheld);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.ElectedOfficial)]
    public async Task AParticipantSeesTheResultsOnlyOnceTheyVoted(string? role)
    {
        await VoteAsync(await _scene.MemberAsync(name: "Première votante"), 0);
        var viewer = role is null ? await _scene.GuestAsync("Invité qui attend") : await _scene.MemberAsync(role, name: "Qui attend");

        var before = await PollSeenBy(viewer);
        await VoteAsync(viewer, 1);
        var after = await PollSeenBy(viewer);

        Assert.True(before.ResultsWithheld);
        Assert.Equal(0, before.Results.Ballots);
        Assert.Equal([0, 0], before.Results.Options.Select(o => o.Votes));
        Assert.False(after.ResultsWithheld);
        Assert.Equal([1, 1], after.Results.Options.Select(o => o.Votes));
    }

    [Fact]
    public async Task AFacilitatorSeesTheResultsWithoutVoting()
    {
        await VoteAsync(await _scene.GuestAsync(), 1);

        var seen = await PollSeenBy(_scene.Facilitator);

        Assert.False(seen.ResultsWithheld);
        Assert.Equal([0, 1], seen.Results.Options.Select(o => o.Votes));
    }

    [Fact]
    public async Task OnceClosedEveryoneSeesTheResults()
    {
        await VoteAsync(await _scene.GuestAsync(), 0);
        var absent = await _scene.GuestAsync("Invitée qui n'a pas voté");
        await _scene.SendAs(_scene.Facilitator, new ClosePoll(_scene.WorkshopId, _poll.Id));

        var seen = await PollSeenBy(absent);

        Assert.False(seen.ResultsWithheld);
        Assert.Equal(1, seen.Results.Ballots);
    }

    private async Task<PollView> PollSeenBy(Participant viewer) =>
        (await _scene.SendAs(viewer, new GetWorkshopState(_scene.WorkshopId, viewer.GuestToken))).Polls.Single(p => p.Id == _poll.Id);

    private Task<MyBallotView> VoteAsync(Participant voter, int option) =>
        _scene.SendAs(voter, new CastBallot(_scene.WorkshopId, voter.GuestToken, _poll.Id, new BallotInput([_poll.Options[option].Id], null, null)));
}
