using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CastBallot;
using Roadmap.Application.Workshops.ClosePoll;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.Presence;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>The secrecy of the vote (groups under five ballots never shown apart) and guests' ballots told apart or refused.</summary>
public sealed class PollSecrecyTests() : ApplicationTest(frozenClock: true)
{
    private WorkshopScene _scene = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await WorkshopScene.StartAsync(Host);
    }

    [Fact]
    public async Task ALoneCitizenAmongGuestsIsNotShownApartNorDerivable()
    {
        var poll = await OpenAsync();
        await VoteAsync(await _scene.MemberAsync(RoleNames.Citizen), poll, 1);
        await GuestsVoteAsync(poll, 5, 0);

        var results = (await CloseAsync(poll)).Results;

        Assert.Empty(results.ByRole);
        Assert.Equal(6, results.Ballots);
        Assert.Equal(1, results.SignedInBallots);
        Assert.Equal(5, results.GuestBallots);
    }

    [Fact]
    public async Task SmallGroupsAreMergedWithTheSmallestMemberGroupUntilTheyReachFive()
    {
        var poll = await OpenAsync();
        for (var i = 0; i < 6; i++)
        {
            await VoteAsync(await _scene.MemberAsync(RoleNames.ElectedOfficial), poll, 0);
        }

        await VoteAsync(await _scene.MemberAsync(RoleNames.Citizen), poll, 1);
        await VoteAsync(await _scene.MemberAsync(RoleNames.Citizen), poll, 1);
        await VoteAsync(await _scene.MemberAsync(RoleNames.Actor), poll, 1);
        await GuestsVoteAsync(poll, 5, 0);

        var results = (await CloseAsync(poll)).Results;

        Assert.Equal([(RoleGroups.Guest, 5), (SecretGroups.Others, 9)], results.ByRole.Select(r => (r.Role, r.Ballots)));
        Assert.All(results.ByRole, r => Assert.True(r.Ballots >= BallotSecrecy.MinimumGroupSize));
    }

    [Fact]
    public async Task AGuestBallotIsRefusedWhenThePollIsForSignedInParticipants()
    {
        var poll = await OpenAsync(guestsMayVote: false);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => VoteAsync(_scene.GuestAsync(), poll, 0));

        Assert.Contains("réservé aux personnes connectées", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await CloseAsync(poll)).Results.Ballots);
    }

    private async Task GuestsVoteAsync(PollView poll, int count, int option)
    {
        for (var i = 0; i < count; i++)
        {
            await VoteAsync(_scene.GuestAsync(), poll, option);
        }
    }

    private Task<PollView> OpenAsync(bool guestsMayVote = true) =>
        _scene.SendAs(_scene.Facilitator, new OpenPoll(_scene.WorkshopId,
            new PollDraft(PollKind.SingleChoice, "Êtes-vous d'accord ?", [new("Oui", null), new("Non", null)], null, null, null, guestsMayVote)));

    private Task<MyBallotView> VoteAsync(Participant voter, PollView poll, int option) =>
        _scene.SendAs(voter, new CastBallot(_scene.WorkshopId, voter.GuestToken, poll.Id, new BallotInput([poll.Options[option].Id], null, null)));

    private async Task VoteAsync(Task<Participant> voter, PollView poll, int option) => await VoteAsync(await voter, poll, option);

    private Task<PollClosedView> CloseAsync(PollView poll) => _scene.SendAs(_scene.Facilitator, new ClosePoll(_scene.WorkshopId, poll.Id));
}
