using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CastBallot;
using Roadmap.Application.Workshops.CloseExpiredPolls;
using Roadmap.Application.Workshops.ClosePoll;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.Presence;

namespace Roadmap.Application.Tests.Workshops;

public sealed class PollTests() : ApplicationTest(frozenClock: true)
{
    private WorkshopScene _scene = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await WorkshopScene.StartAsync(Host);
    }

    [Fact]
    public async Task AChangedBallotReplacesTheFirstOne()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        var voter = await _scene.MemberAsync();
        await VoteAsync(voter, poll, poll.Options[0].Id);

        await VoteAsync(voter, poll, poll.Options[1].Id);

        var results = (await CloseAsync(poll)).Results;
        Assert.Equal(1, results.Ballots);
        Assert.Equal(0, results.Options[0].Votes);
        Assert.Equal(1, results.Options[1].Votes);
    }

    [Fact]
    public async Task ABallotAfterTheCloseIsRefused()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        var voter = await _scene.MemberAsync();
        await CloseAsync(poll);

        await Assert.ThrowsAsync<DomainRuleException>(() => VoteAsync(voter, poll, poll.Options[0].Id));
    }

    [Fact]
    public async Task ABallotAfterATimedPollRanOutIsRefused()
    {
        var poll = await OpenAsync(PollKind.SingleChoice, durationSeconds: 30);
        var voter = await _scene.MemberAsync();
        Host.Clock.Advance(TimeSpan.FromSeconds(31));

        await Assert.ThrowsAsync<DomainRuleException>(() => VoteAsync(voter, poll, poll.Options[0].Id));
    }

    [Fact]
    public async Task TheSweepClosesRunOutPollsAndAnnouncesTheirTally()
    {
        var poll = await OpenAsync(PollKind.SingleChoice, durationSeconds: 30);
        await VoteAsync(await _scene.MemberAsync(), poll, poll.Options[0].Id);
        Host.Clock.Advance(TimeSpan.FromSeconds(45));

        var closed = await Host.SendAsync(new CloseExpiredPolls());

        var announced = Assert.Single(Host.Live.Payloads<PollClosedView>(LiveEvents.PollClosed));
        Assert.Equal(1, closed);
        Assert.Equal(poll.ClosesAt, announced.ClosedAt);
        Assert.Equal(1, announced.Results.Ballots);
    }

    [Fact]
    public async Task TheTallyCountsEachOptionAndEachRoleExactly()
    {
        var poll = await OpenAsync(PollKind.MultipleChoice, maxChoices: 2);
        for (var i = 0; i < 5; i++)
        {
            await VoteAsync(await _scene.MemberAsync(RoleNames.ElectedOfficial), poll, i < 3 ? [poll.Options[0].Id, poll.Options[1].Id] : [poll.Options[0].Id]);
            await VoteAsync(await _scene.GuestAsync(), poll, poll.Options[2].Id);
        }

        var results = (await CloseAsync(poll)).Results;

        Assert.Equal([5, 3, 5], results.Options.Select(o => o.Votes));
        Assert.Equal(10, results.Ballots);
        Assert.Equal(5, results.SignedInBallots);
        Assert.Equal(5, results.GuestBallots);
        var officials = results.ByRole.Single(r => r.Role == "ElectedOfficial");
        Assert.Equal(5, officials.Ballots);
        Assert.Equal([5, 3, 0], officials.Options.Select(o => o.Votes));
        Assert.Equal([0, 0, 5], results.ByRole.Single(r => r.Role == RoleGroups.Guest).Options.Select(o => o.Votes));
    }

    [Fact]
    public async Task DotVotingAddsThePoints()
    {
        var poll = await OpenAsync(PollKind.DotVoting, points: 5);
        await CastAsync(await _scene.MemberAsync(), poll, new BallotInput(null, [new(poll.Options[0].Id, 3), new(poll.Options[1].Id, 2)], null));
        await CastAsync(await _scene.MemberAsync(), poll, new BallotInput(null, [new(poll.Options[0].Id, 5)], null));

        var results = (await CloseAsync(poll)).Results;

        Assert.Equal([(2, 8), (1, 2), (0, 0)], results.Options.Select(o => (o.Votes, o.Points)));
    }

    [Fact]
    public async Task AScaleGivesTheAverageAndTheDistribution()
    {
        var poll = await OpenAsync(PollKind.Scale);
        foreach (var score in new[] { 5, 4, 4, 1 })
        {
            await CastAsync(await _scene.MemberAsync(), poll, new BallotInput(null, null, score));
        }

        var scale = (await CloseAsync(poll)).Results.Scale!;

        Assert.Equal(3.5, scale.Average);
        Assert.Equal([1, 0, 0, 2, 1], scale.Distribution);
    }

    [Fact]
    public async Task OnlyOnePollIsOpenAtATime()
    {
        await OpenAsync(PollKind.Scale);

        await Assert.ThrowsAsync<DomainRuleException>(() => OpenAsync(PollKind.Scale));
    }

    [Fact]
    public async Task AParticipantSeesTheirOwnBallotOnly()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        var first = await _scene.MemberAsync();
        var second = await _scene.MemberAsync();
        await VoteAsync(first, poll, poll.Options[0].Id);
        await VoteAsync(second, poll, poll.Options[1].Id);

        var state = await _scene.SendAs(second, new GetWorkshopState(_scene.WorkshopId, null));

        Assert.Equal([poll.Options[1].Id], Assert.Single(state.Polls).MyBallot!.OptionIds);
    }

    [Fact]
    public async Task AGuestVotesWithTheirToken()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        var guest = await _scene.GuestAsync();

        await VoteAsync(guest, poll, poll.Options[2].Id);

        var state = await Host.SendAsync(new GetWorkshopState(_scene.WorkshopId, guest.GuestToken));
        Assert.Equal([poll.Options[2].Id], Assert.Single(state.Polls).MyBallot!.OptionIds);
    }

    [Fact]
    public async Task EachBallotMarksTheResultsForCoalescedBroadcast()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);

        await VoteAsync(await _scene.MemberAsync(), poll, poll.Options[0].Id);

        Assert.Contains(("poll", poll.Id), Host.Live.Marked);
    }

    [Fact]
    public async Task AClosedPollsFinalTallyIsReadOnceThenKept()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        var voter = await _scene.MemberAsync();
        await VoteAsync(voter, poll, poll.Options[1].Id);
        var closed = (await CloseAsync(poll)).Results;
        var first = await _scene.SendAs(voter, new GetWorkshopState(_scene.WorkshopId, null));

        Host.Sql.Clear();
        var again = await _scene.SendAs(voter, new GetWorkshopState(_scene.WorkshopId, null));

        Assert.Equal(closed.Options, Assert.Single(first.Polls).Results.Options);
        Assert.Equal(closed.Options, Assert.Single(again.Polls).Results.Options);
        Assert.Equal(poll.Options[1].Id, Assert.Single(again.Polls).MyBallot!.OptionIds.Single());
        Assert.DoesNotContain(Host.Sql.Commands, c => c.Contains("GROUP BY", StringComparison.Ordinal) && c.Contains("\"WorkshopBallots\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOpenPollIsCountedAgainAtEachRead()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        var voter = await _scene.MemberAsync();
        await _scene.SendAs(voter, new GetWorkshopState(_scene.WorkshopId, null));

        await VoteAsync(voter, poll, poll.Options[0].Id);
        var state = await _scene.SendAs(voter, new GetWorkshopState(_scene.WorkshopId, null));

        Assert.Equal(1, Assert.Single(state.Polls).Results.Ballots);
    }

    [Fact]
    public async Task OptionsMayBeActionsOfTheRoadmap()
    {
        var action = RoadmapAction.PromoteFromWorkshop(_scene.Roadmap, Drafts.For(_scene.Roadmap.Axes[0]), _scene.Facilitator.UserId!.Value, Guid.NewGuid(), "Atelier", _scene.Facilitator.UserId!.Value, Host.Clock.Now);
        await Host.SaveAsync(action);
        var draft = new PollDraft(PollKind.SingleChoice, "Laquelle en premier ?", [new(null, action.Id), new("Autre chose", null)], null, null, null);

        var poll = await _scene.SendAs(_scene.Facilitator, new OpenPoll(_scene.WorkshopId, draft));

        Assert.Equal(action.Title, poll.Options[0].Text);
        Assert.Equal(action.Id, poll.Options[0].ActionId!.Value);
    }

    [Fact]
    public async Task ABallotTakesNoSavepoint()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        var voter = await _scene.MemberAsync();
        Host.Sql.Clear();

        await VoteAsync(voter, poll, poll.Options[0].Id);

        Assert.DoesNotContain("SAVEPOINT", Host.Sql.Commands);
    }

    private async Task<PollView> OpenAsync(PollKind kind, int? maxChoices = null, int? points = null, int? durationSeconds = null)
    {
        IReadOnlyList<PollOptionDraft>? options = kind == PollKind.Scale ? null : [new("Oui", null), new("Non", null), new("Sans avis", null)];
        return await _scene.SendAs(_scene.Facilitator, new OpenPoll(_scene.WorkshopId, new PollDraft(kind, "Êtes-vous d'accord ?", options, maxChoices, points, durationSeconds)));
    }

    private Task<MyBallotView> VoteAsync(Participant voter, PollView poll, params Guid[] optionIds) =>
        CastAsync(voter, poll, new BallotInput(optionIds, null, null));

    private Task<MyBallotView> CastAsync(Participant voter, PollView poll, BallotInput ballot) =>
        _scene.SendAs(voter, new CastBallot(_scene.WorkshopId, voter.GuestToken, poll.Id, ballot));

    private Task<PollClosedView> CloseAsync(PollView poll) => _scene.SendAs(_scene.Facilitator, new ClosePoll(_scene.WorkshopId, poll.Id));
}
