using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;

namespace Roadmap.Application.Tests.Workshops;

public sealed class BallotValidationTests
{
    private static readonly DateTimeOffset Now = RoadmapBuilder.Now;

    [Fact]
    public void SingleChoiceAcceptsOneOption()
    {
        var poll = OpenPoll(PollKind.SingleChoice);

        var (choices, _) = poll.Validate(new BallotInput([poll.Options[1].Id], null, null));

        Assert.Equal(new BallotChoice(poll.Options[1].Id, 1), Assert.Single(choices));
    }

    [Fact]
    public void SingleChoiceRefusesTwoOptions()
    {
        var poll = OpenPoll(PollKind.SingleChoice);

        Assert.Throws<DomainRuleException>(() => poll.Validate(new BallotInput([poll.Options[0].Id, poll.Options[1].Id], null, null)));
    }

    [Fact]
    public void MultipleChoiceRefusesMoreThanItsMaximum()
    {
        var poll = OpenPoll(PollKind.MultipleChoice, maxChoices: 2);

        Assert.Throws<DomainRuleException>(() => poll.Validate(new BallotInput([.. poll.Options.Select(o => o.Id)], null, null)));
    }

    [Fact]
    public void MultipleChoiceRefusesTheSameOptionTwice()
    {
        var poll = OpenPoll(PollKind.MultipleChoice, maxChoices: 2);

        Assert.Throws<DomainRuleException>(() => poll.Validate(new BallotInput([poll.Options[0].Id, poll.Options[0].Id], null, null)));
    }

    [Fact]
    public void DotVotingAcceptsPointsUpToTheBudget()
    {
        var poll = OpenPoll(PollKind.DotVoting, points: 5);

        var (choices, _) = poll.Validate(new BallotInput(null, [new(poll.Options[0].Id, 3), new(poll.Options[2].Id, 2)], null));

        Assert.Equal(5, choices.Sum(c => c.Points));
    }

    [Fact]
    public void DotVotingRefusesMorePointsThanTheBudget()
    {
        var poll = OpenPoll(PollKind.DotVoting, points: 5);

        Assert.Throws<DomainRuleException>(() => poll.Validate(new BallotInput(null, [new(poll.Options[0].Id, 4), new(poll.Options[1].Id, 2)], null)));
    }

    [Fact]
    public void DotVotingRefusesNegativePoints()
    {
        var poll = OpenPoll(PollKind.DotVoting, points: 5);

        Assert.Throws<DomainRuleException>(() => poll.Validate(new BallotInput(null, [new(poll.Options[0].Id, 6), new(poll.Options[1].Id, -1)], null)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void ScaleRefusesAScoreOutsideOneToFive(int score)
    {
        var poll = OpenPoll(PollKind.Scale);

        Assert.Throws<DomainRuleException>(() => poll.Validate(new BallotInput(null, null, score)));
    }

    [Fact]
    public void ScaleKeepsTheScore()
    {
        var poll = OpenPoll(PollKind.Scale);

        Assert.Equal(4, poll.Validate(new BallotInput(null, null, 4)).Score);
    }

    [Fact]
    public void AnOptionOfAnotherPollIsRefused()
    {
        var poll = OpenPoll(PollKind.SingleChoice);

        Assert.Throws<DomainRuleException>(() => poll.Validate(new BallotInput([Guid.NewGuid()], null, null)));
    }

    [Fact]
    public void AScoreIsRefusedOnAChoicePoll()
    {
        var poll = OpenPoll(PollKind.SingleChoice);

        Assert.Throws<DomainRuleException>(() => poll.Validate(new BallotInput([poll.Options[0].Id], null, 3)));
    }

    [Fact]
    public void ATimedPollRefusesBallotsOnceItsTimeIsUp()
    {
        var poll = OpenPoll(PollKind.SingleChoice, durationSeconds: 60);

        Assert.Throws<DomainRuleException>(() => poll.EnsureOpen(Now.AddSeconds(60)));
    }

    [Fact]
    public void AMultipleChoiceMaximumAboveTheOptionsIsRefused()
    {
        Assert.Throws<DomainRuleException>(() => OpenPoll(PollKind.MultipleChoice, maxChoices: 4));
    }

    private static Poll OpenPoll(PollKind kind, int? maxChoices = null, int? points = null, int? durationSeconds = null)
    {
        var roadmap = new RoadmapBuilder().InPhase(Roadmap.Application.Domain.Roadmaps.RoadmapPhase.Ateliers).Build();
        var workshop = Workshop.Schedule(roadmap, WorkshopScene.Draft(roadmap), new HashSet<Guid>(), Guid.NewGuid(), "ABCDEF", Now);
        workshop.OpenRoom(Now);
        IReadOnlyList<PollOptionDraft>? options = kind == PollKind.Scale ? null : [new("Oui", null), new("Non", null), new("Sans avis", null)];
        return Poll.Open(workshop, new PollDraft(kind, "Êtes-vous d'accord ?", options, maxChoices, points, durationSeconds), new Dictionary<Guid, string>(), Guid.NewGuid(), Now);
    }
}
