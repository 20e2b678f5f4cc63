using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.Tests.Domain;

public sealed class IndicatorTrajectoryTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);
    private static readonly DateOnly Due = new(2028, 1, 1);

    // 1,461 days from start to due; halfway is day 730 or 731.
    private static readonly DateOnly Halfway = Start.AddDays(730);

    private readonly IndicatorTrajectory _rising = new(100m, Start, 300m, Due);
    private readonly IndicatorTrajectory _falling = new(1_000m, Start, 600m, Due);

    [Fact]
    public void ExpectsTheBaselineBeforeTheStartAndTheTargetAfterTheDueDate()
    {
        Assert.Equal(100m, _rising.ExpectedOn(Start.AddDays(-10)));
        Assert.Equal(100m, _rising.ExpectedOn(Start));
        Assert.Equal(300m, _rising.ExpectedOn(Due));
        Assert.Equal(300m, _rising.ExpectedOn(Due.AddYears(1)));
    }

    [Fact]
    public void ExpectsAStraightLineInBetween()
    {
        var expected = _rising.ExpectedOn(Halfway);

        Assert.InRange(expected, 199.8m, 200m);
        Assert.InRange(_falling.ExpectedOn(Halfway), 800m, 800.3m);
    }

    [Fact]
    public void ShareDoneCountsFromTheBaselineTowardsTheTargetWhicheverTheDirection()
    {
        Assert.Equal(0m, _rising.ShareDone(100m));
        Assert.Equal(0.5m, _rising.ShareDone(200m));
        Assert.Equal(1m, _rising.ShareDone(300m));
        Assert.Equal(-0.5m, _rising.ShareDone(0m));
        Assert.Equal(0.25m, _falling.ShareDone(900m));
        Assert.Equal(1.25m, _falling.ShareDone(500m));
    }

    [Fact]
    public void FivePointsOfTheWayEitherSideOfTheLineAreStillOnTrack()
    {
        var expectedShare = _rising.ExpectedShareOn(Halfway);
        var onTheLine = 100m + (200m * expectedShare);
        var lowEdge = 100m + (200m * (expectedShare - IndicatorTrajectory.Tolerance));
        var highEdge = 100m + (200m * (expectedShare + IndicatorTrajectory.Tolerance));

        Assert.Equal(IndicatorState.OnTrack, _rising.StateOf(onTheLine, Halfway));
        Assert.Equal(IndicatorState.OnTrack, _rising.StateOf(lowEdge, Halfway));
        Assert.Equal(IndicatorState.OnTrack, _rising.StateOf(highEdge, Halfway));
        Assert.Equal(IndicatorState.Late, _rising.StateOf(lowEdge - 0.01m, Halfway));
        Assert.Equal(IndicatorState.Ahead, _rising.StateOf(highEdge + 0.01m, Halfway));
    }

    [Fact]
    public void ReachingTheTargetIsAchievedEvenEarlyAndMissingItAfterTheDueDateIsLate()
    {
        Assert.Equal(IndicatorState.Achieved, _rising.StateOf(300m, Start.AddDays(1)));
        Assert.Equal(IndicatorState.Achieved, _falling.StateOf(590m, Halfway));
        Assert.Equal(IndicatorState.Late, _rising.StateOf(299m, Due.AddDays(1)));
        Assert.Equal(IndicatorState.OnTrack, _rising.StateOf(100m, Start));
    }

    [Fact]
    public void MovingAwayFromTheTargetIsLate()
    {
        Assert.Equal(IndicatorState.Late, _falling.StateOf(1_100m, Start.AddDays(200)));
    }

    [Fact]
    public void ATargetEqualToTheBaselineIsEitherKeptOrNot()
    {
        var keep = new IndicatorTrajectory(50m, Start, 50m, Due);

        Assert.Equal(IndicatorState.Achieved, keep.StateOf(50m, Halfway));
        Assert.Equal(IndicatorState.Late, keep.StateOf(49m, Halfway));
    }

    [Fact]
    public void AZeroLengthTrajectoryExpectsTheTargetFromItsDueDate()
    {
        var sameDay = new IndicatorTrajectory(0m, Due, 10m, Due);

        Assert.Equal(0m, sameDay.ExpectedShareOn(Due.AddDays(-1)));
        Assert.Equal(1m, sameDay.ExpectedShareOn(Due));
    }
}
