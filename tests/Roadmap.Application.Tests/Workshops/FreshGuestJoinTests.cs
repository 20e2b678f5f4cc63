using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CastBallot;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.PostIdea;
using Roadmap.Application.Workshops.RaiseHand;
using Roadmap.Application.Workshops.UpvoteIdea;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>
/// A guest whose token the join itself made cannot own anything in the room yet, so their join skips looking for
/// their ballots, upvotes and hand (issue 14); a guest coming back with their token still finds all three.
/// </summary>
public sealed class FreshGuestJoinTests() : ApplicationTest(frozenClock: true)
{
    private WorkshopScene _scene = default!;
    private PollView _poll = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await WorkshopScene.StartAsync(Host);
        _poll = await _scene.SendAs(_scene.Facilitator, new OpenPoll(_scene.WorkshopId,
            new PollDraft(PollKind.SingleChoice, "Priorité n°1 ?", [new("Tiers-lieux", null), new("Fibre", null)], null, null, null)));
    }

    [Fact]
    public async Task AFreshGuestsJoinDoesNotLookForWhatTheyOwn()
    {
        Host.User.SignOut();
        Host.Sql.Clear();

        await Host.SendAsync(new JoinWorkshop(_scene.JoinCode, "Invitée Martin", null));

        var reads = Host.Sql.Commands.Where(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.DoesNotContain(reads, c => c.Contains("\"VoterKey\" =", StringComparison.Ordinal));
        Assert.DoesNotContain(reads, c => c.Contains("\"ParticipantKey\" =", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AGuestComingBackFindsTheirBallot()
    {
        var guest = await _scene.GuestAsync();
        await Host.SendAsync(new CastBallot(_scene.WorkshopId, guest.GuestToken, _poll.Id, new BallotInput([_poll.Options[1].Id], null, null)));

        var back = await Host.SendAsync(new JoinWorkshop(_scene.JoinCode, null, guest.GuestToken));

        Assert.Equal([_poll.Options[1].Id], back.State.Polls[0].MyBallot?.OptionIds);
    }

    [Fact]
    public async Task AGuestComingBackFindsTheirUpvoteAndHand()
    {
        var author = await _scene.GuestAsync();
        var idea = await Host.SendAsync(new PostIdea(_scene.WorkshopId, author.GuestToken, "Un tiers-lieu à Sillé", null));
        var guest = await _scene.GuestAsync("Invité Durand");
        await Host.SendAsync(new UpvoteIdea(_scene.WorkshopId, guest.GuestToken, idea.Id));
        var hands = await Host.SendAsync(new RaiseHand(_scene.WorkshopId, guest.GuestToken));

        var back = await Host.SendAsync(new JoinWorkshop(_scene.JoinCode, null, guest.GuestToken));

        Assert.Equal((true, hands.MyHandId), (back.State.Ideas[0].UpvotedByMe, back.State.Hands.MyHandId));
    }
}
