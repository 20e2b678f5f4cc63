using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.CastBallot;
using Roadmap.Application.Workshops.ClosePoll;
using Roadmap.Application.Workshops.CountHands;
using Roadmap.Application.Workshops.CreateWorkshop;
using Roadmap.Application.Workshops.EndWorkshop;
using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>Counts taken in the room by show of hands or on paper: kept apart from the online ballots, everywhere.</summary>
public sealed class CountHandsTests() : ApplicationTest(frozenClock: true)
{
    private WorkshopScene _scene = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await WorkshopScene.StartAsync(Host);
    }

    [Fact]
    public async Task TheRoomsCountIsShownApartAndNeverAddedToTheBallots()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        await _scene.SendAs(await _scene.MemberAsync(), new CastBallot(_scene.WorkshopId, null, poll.Id, new BallotInput([poll.Options[1].Id], null, null)));

        var tally = await CountAsync(poll, 12, 3, 0);

        Assert.Equal(1, tally.Ballots);
        Assert.Equal([0, 1, 0], tally.Options.Select(o => o.Votes));
        Assert.Equal(["1 vote", "0 vote"], tally.Bars.Skip(1).Select(b => b.CountText));
        Assert.Equal([12, 3, 0], tally.Hands!.Options.Select(o => o.Count));
        Assert.Equal(15, tally.Hands.Total);
        Assert.Equal(["12 voix", "3 voix", "0 voix"], tally.Hands.Bars.Select(b => b.CountText));
        Assert.Equal([80, 20, 0], tally.Hands.Bars.Select(b => b.Share));
    }

    [Fact]
    public async Task ACorrectionReplacesTheLastCountAndItsTime()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        await CountAsync(poll, 12, 3, 0);
        Host.Clock.Advance(TimeSpan.FromMinutes(4));

        var corrected = await CountAsync(poll, 11, 4, 1);

        Assert.Equal([11, 4, 1], corrected.Hands!.Options.Select(o => o.Count));
        Assert.Equal(Host.Clock.GetUtcNow(), corrected.Hands.CountedAt);
        var state = await _scene.SendAs(_scene.Facilitator, new GetWorkshopState(_scene.WorkshopId, null));
        Assert.Equal(16, Assert.Single(state.Polls).Results.Hands!.Total);
    }

    [Fact]
    public async Task TheCountIsPushedToTheWholeRoomWithTheResults()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);

        await CountAsync(poll, 2, 5, 7);

        var pushed = Assert.Single(Host.Live.Payloads<PollTally>(LiveEvents.PollResults));
        Assert.Equal(14, pushed.Hands!.Total);
        Assert.Contains(Host.Live.Sent, s => s.Event == LiveEvents.PollResults && s.Target == "workshop");
    }

    [Fact]
    public async Task AClosedPollMayStillBeCountedAndItsResultsStayFinal()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        await _scene.SendAs(_scene.Facilitator, new ClosePoll(_scene.WorkshopId, poll.Id));

        var tally = await CountAsync(poll, 1, 2, 3);

        Assert.True(tally.IsFinal);
        Assert.Equal(6, tally.Hands!.Total);
    }

    [Fact]
    public async Task DotVotingCountsThePointsStuckOnPaper()
    {
        var poll = await OpenAsync(PollKind.DotVoting);

        var tally = await CountAsync(poll, 30, 9, 1);

        Assert.Equal(["30 points", "9 points", "1 point"], tally.Hands!.Bars.Select(b => b.CountText));
    }

    [Fact]
    public async Task AScaleIsRefused()
    {
        var poll = await _scene.SendAs(_scene.Facilitator, new OpenPoll(_scene.WorkshopId, new PollDraft(PollKind.Scale, "Note ?", null, null, null, null)));

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => _scene.SendAs(_scene.Facilitator, new CountHands(_scene.WorkshopId, poll.Id, [])));

        Assert.Equal(Poll.ScaleRefusal, error.Message);
    }

    [Fact]
    public async Task AnOnlineOnlyWorkshopIsRefused()
    {
        _scene.As(_scene.Facilitator);
        var draft = WorkshopScene.Draft(_scene.Roadmap) with { Mode = WorkshopMode.Visio, Address = "" };
        var visio = await Host.SendAsync(new CreateWorkshop(_scene.Roadmap.Slug, draft));
        await Host.SendAsync(new JoinWorkshop(visio.JoinCode, null, null));
        var poll = await Host.SendAsync(new OpenPoll(visio.Id, Draft(PollKind.SingleChoice)));

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new CountHands(visio.Id, poll.Id, Counts(poll, 1, 1, 1))));

        Assert.Equal(Poll.OnlineOnlyRefusal, error.Message);
    }

    [Theory]
    [InlineData(-1, "Un décompte ne peut pas être négatif.")]
    [InlineData(Poll.MaxHandCount + 1, Poll.TooManyRefusal)]
    public async Task AnAbsurdCountIsRefusedAndNothingIsSaved(int count, string message)
    {
        var poll = await OpenAsync(PollKind.SingleChoice);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => CountAsync(poll, 4, count, 0));

        Assert.Equal(message, error.Message);
        Assert.Null((await ResultsAsync()).Hands);
    }

    [Fact]
    public async Task TheLargestCountIsAccepted()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);

        var tally = await CountAsync(poll, Poll.MaxHandCount, 0, 0);

        Assert.Equal(Poll.MaxHandCount, tally.Hands!.Total);
    }

    [Fact]
    public async Task AnUnknownOptionIsRefused()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        var counts = Counts(poll, 1, 2, 3).Take(2).Append(new OptionHandCount(Guid.NewGuid(), 3)).ToList();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => _scene.SendAs(_scene.Facilitator, new CountHands(_scene.WorkshopId, poll.Id, counts)));

        Assert.Equal("Cette option n'existe pas dans ce sondage.", error.Message);
    }

    [Fact]
    public async Task EveryOptionNeedsItsCountOnce()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        var twice = Counts(poll, 1, 2, 3).Take(2).Append(new OptionHandCount(poll.Options[0].Id, 3)).ToList();

        await Assert.ThrowsAsync<DomainRuleException>(() => _scene.SendAs(_scene.Facilitator, new CountHands(_scene.WorkshopId, poll.Id, twice)));
        await Assert.ThrowsAsync<DomainRuleException>(() => _scene.SendAs(_scene.Facilitator, new CountHands(_scene.WorkshopId, poll.Id, [.. Counts(poll, 1, 2, 3).Take(2)])));
    }

    [Fact]
    public async Task AnonymousVisitorsAreRefused()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new CountHands(_scene.WorkshopId, poll.Id, Counts(poll, 1, 1, 1))));
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.ElectedOfficial)]
    [InlineData(RoleNames.Facilitator)]
    public async Task ParticipantsAndAnotherWorkshopsFacilitatorAreRefused(string role)
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        var participant = await _scene.MemberAsync(role);

        var error = await Assert.ThrowsAsync<ForbiddenException>(() => _scene.SendAs(participant, new CountHands(_scene.WorkshopId, poll.Id, Counts(poll, 1, 1, 1))));

        Assert.Equal(WorkshopAccess.NotFacilitator, error.Message);
    }

    [Fact]
    public async Task AGuestIsRefused()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        await _scene.GuestAsync();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new CountHands(_scene.WorkshopId, poll.Id, Counts(poll, 1, 1, 1))));
    }

    [Fact]
    public async Task AnAdministratorMayCount()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        var admin = await _scene.MemberAsync(RoleNames.Administrator);

        var tally = await _scene.SendAs(admin, new CountHands(_scene.WorkshopId, poll.Id, Counts(poll, 1, 1, 1)));

        Assert.Equal(3, tally.Hands!.Total);
    }

    [Fact]
    public async Task TheMinutesGiveTheRoomsCountInItsOwnTable()
    {
        var poll = await OpenAsync(PollKind.SingleChoice);
        await _scene.SendAs(await _scene.MemberAsync(), new CastBallot(_scene.WorkshopId, null, poll.Id, new BallotInput([poll.Options[0].Id], null, null)));
        await CountAsync(poll, 17, 5, 0);

        await _scene.SendAs(_scene.Facilitator, new EndWorkshop(_scene.WorkshopId));

        var minutes = (await _scene.SendAs(_scene.Facilitator, new GetWorkshop(_scene.WorkshopId))).Minutes!;
        Assert.Contains("| Tiers-lieux | 1 | 100 % |", minutes, StringComparison.Ordinal);
        Assert.Contains("**Décompte dans la salle** (main levée ou papier, saisi à", minutes, StringComparison.Ordinal);
        Assert.Contains("| Option | Voix dans la salle |", minutes, StringComparison.Ordinal);
        Assert.Contains("| Tiers-lieux | 17 |", minutes, StringComparison.Ordinal);
        Assert.Contains("| Fibre | 5 |", minutes, StringComparison.Ordinal);
        Assert.Contains("| **Total** | **22** |", minutes, StringComparison.Ordinal);
    }

    private static PollDraft Draft(PollKind kind) =>
        new(kind, "Priorité n°1 ?", [new("Tiers-lieux", null), new("Fibre", null), new("Médiation", null)], null, kind == PollKind.DotVoting ? 5 : null, null);

    private Task<PollView> OpenAsync(PollKind kind) => _scene.SendAs(_scene.Facilitator, new OpenPoll(_scene.WorkshopId, Draft(kind)));

    private static List<OptionHandCount> Counts(PollView poll, params int[] counts) => [.. poll.Options.Select((o, i) => new OptionHandCount(o.Id, counts[i]))];

    private Task<PollTally> CountAsync(PollView poll, params int[] counts) =>
        _scene.SendAs(_scene.Facilitator, new CountHands(_scene.WorkshopId, poll.Id, Counts(poll, counts)));

    private async Task<PollTally> ResultsAsync() =>
        Assert.Single((await _scene.SendAs(_scene.Facilitator, new GetWorkshopState(_scene.WorkshopId, null))).Polls).Results;
}
