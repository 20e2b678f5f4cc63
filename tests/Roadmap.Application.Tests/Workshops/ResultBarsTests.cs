using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>The bars and sentences every page and script draws are computed once, from the tally.</summary>
public sealed class ResultBarsTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();

    [Fact]
    public void MultipleChoicesShareTheVoters()
    {
        var tally = Tally(PollKind.MultipleChoice, 4, new OptionTally(A, 3, 3), new OptionTally(B, 2, 2));

        Assert.Equal([new ResultBar(A, null, 3, "3 votes", 75), new ResultBar(B, null, 2, "2 votes", 50)], tally.Bars);
    }

    [Fact]
    public void DotVotingSharesThePointsGiven()
    {
        var tally = Tally(PollKind.DotVoting, 2, new OptionTally(A, 2, 1), new OptionTally(B, 1, 3));

        Assert.Equal([new ResultBar(A, null, 1, "1 point", 25), new ResultBar(B, null, 3, "3 points", 75)], tally.Bars);
    }

    [Fact]
    public void AScaleShowsEachNoteAndItsAverage()
    {
        var tally = Tally(PollKind.Scale, 3) with { Scale = new ScaleTally(3.67, [0, 0, 1, 2, 0]) };

        Assert.Equal(["Note 1", "Note 2", "Note 3", "Note 4", "Note 5"], tally.Bars.Select(b => b.Label));
        Assert.Equal([0, 0, 33, 67, 0], tally.Bars.Select(b => b.Share));
        Assert.Equal("3,7 sur 5", tally.AverageText);
    }

    [Fact]
    public void NoBallotDrawsEmptyBarsAndNoAverage()
    {
        var tally = Tally(PollKind.Scale, 0);

        Assert.All(tally.Bars, b =>
        {
            Assert.Equal(0, b.Share);
            Assert.Equal("0 vote", b.CountText);
        });
        Assert.Null(tally.AverageText);
    }

    [Fact]
    public void TheVotersSentenceCountsGuestsApartWhenTheyMayVote()
    {
        var tally = Tally(PollKind.SingleChoice, 4) with { SignedInBallots = 1, GuestBallots = 3 };

        Assert.Equal(", dont 1 connecté·e et 3 invité·es", tally.VotersText);
        Assert.Equal(", vote réservé aux personnes connectées", (tally with { GuestsMayVote = false }).VotersText);
    }

    private static PollTally Tally(PollKind kind, int ballots, params OptionTally[] options) =>
        new(Guid.NewGuid(), Guid.NewGuid(), kind, ballots, ballots, 0, true, options, null, [], false);
}
