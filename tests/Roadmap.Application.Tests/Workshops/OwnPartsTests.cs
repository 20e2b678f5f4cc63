using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CastBallot;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.PostIdea;
using Roadmap.Application.Workshops.RaiseHand;
using Roadmap.Application.Workshops.UpvoteIdea;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>
/// The participants' own parts of a room (ballots, upvotes, raised hand) read once for the callers of the moment (issue
/// 14). The room's batch is held open by the test, so the callers sent meanwhile are, by construction, the next batch.
/// </summary>
public sealed class OwnPartsTests() : ApplicationTest(frozenClock: true)
{
    [Fact]
    public async Task CallersOfTheMomentShareOneReadAndEachFindsOnlyTheirOwnPart()
    {
        var scene = await WorkshopScene.StartAsync(Host);
        var poll = await scene.SendAs(scene.Facilitator, new OpenPoll(scene.WorkshopId,
            new PollDraft(PollKind.SingleChoice, "Priorité n°1 ?", [new("Tiers-lieux", null), new("Fibre", null)], null, null, null)));
        var (voter, upvoter, idle) = (await scene.GuestAsync("Votante"), await scene.GuestAsync("Soutien"), await scene.GuestAsync("Discrète"));
        var idea = await Host.SendAsync(new PostIdea(scene.WorkshopId, voter.GuestToken, "Un tiers-lieu à Sillé", null));
        await Host.SendAsync(new CastBallot(scene.WorkshopId, voter.GuestToken, poll.Id, new BallotInput([poll.Options[1].Id], null, null)));
        await Host.SendAsync(new CastBallot(scene.WorkshopId, upvoter.GuestToken, poll.Id, new BallotInput([poll.Options[0].Id], null, null)));
        await Host.SendAsync(new UpvoteIdea(scene.WorkshopId, upvoter.GuestToken, idea.Id));
        var hand = await Host.SendAsync(new RaiseHand(scene.WorkshopId, upvoter.GuestToken));

        var release = Hold(scene.WorkshopId);
        Host.Sql.Clear();
        var voterState = Host.SendAsync(new GetWorkshopState(scene.WorkshopId, voter.GuestToken));
        var upvoterBack = Host.SendAsync(new JoinWorkshop(scene.JoinCode, null, upvoter.GuestToken));
        var idleState = Host.SendAsync(new GetWorkshopState(scene.WorkshopId, idle.GuestToken));
        var twice = Host.SendAsync(new GetWorkshopState(scene.WorkshopId, voter.GuestToken));
        // Each caller first reads the workshop and their attendance (on PostgreSQL truly asynchronously): wait until all four wait for the read.
        for (var tries = 0; Host.Get<OwnParts>().Waiting(scene.WorkshopId) < 4 && tries < 500; tries++)
        {
            await Task.Delay(20);
        }

        Assert.False(voterState.IsCompleted);
        await release();

        var (v, u, i, again) = (await voterState, (await upvoterBack).State, await idleState, await twice);
        Assert.Equal([poll.Options[1].Id], v.Polls[0].MyBallot?.OptionIds);
        Assert.Equal([poll.Options[0].Id], u.Polls[0].MyBallot?.OptionIds);
        Assert.Null(i.Polls[0].MyBallot);
        Assert.Equal([poll.Options[1].Id], again.Polls[0].MyBallot?.OptionIds);
        Assert.Equal((false, true, false), (v.Ideas[0].UpvotedByMe, u.Ideas[0].UpvotedByMe, i.Ideas[0].UpvotedByMe));
        Assert.Equal(((Guid?)null, hand.MyHandId, (Guid?)null), (v.Hands.MyHandId, u.Hands.MyHandId, i.Hands.MyHandId));
        // One read of their ballots for the four callers, not four.
        Assert.Single(Host.Sql.Commands, c => c.StartsWith("SELECT", StringComparison.Ordinal) && c.Contains("FROM \"WorkshopBallots\"", StringComparison.Ordinal)
            && c.Contains("\"VoterKey\"", StringComparison.Ordinal));
        Assert.Equal(0, Host.Get<OwnParts>().Active);
    }

    /// <summary>Holds the room's batch open (a first read waiting for the test); returns what lets it end.</summary>
    private Func<Task> Hold(Guid workshopId)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = Host.Get<OwnParts>().ReadAsync(workshopId, "tenu", async keys =>
        {
            await gate.Task;
            return keys.ToDictionary(k => k, _ => OwnPart.None);
        });
        return async () =>
        {
            gate.SetResult();
            Assert.Same(OwnPart.None, await held);
        };
    }
}
