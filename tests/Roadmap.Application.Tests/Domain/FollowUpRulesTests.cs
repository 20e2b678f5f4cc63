using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Domain;

/// <summary>The follow-up rules of an action: difficulty, progress rule, progress set by pilots, budget per year.</summary>
public sealed class FollowUpRulesTests
{
    private static readonly DateTimeOffset Now = RoadmapBuilder.Now;

    [Fact]
    public void OnlyARetainedOrInProgressActionMayBeInDifficulty()
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());

        var refused = Assert.Throws<DomainRuleException>(() => action.FlagDifficulty(ActionDifficulty.Late, "En retard.", Now));

        Assert.Contains("retenue ou en cours", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADifficultyNeedsAnExplanationAndClearingItForgetsIt()
    {
        var action = Retained();

        Assert.Throws<DomainRuleException>(() => action.FlagDifficulty(ActionDifficulty.Paused, "  ", Now));
        action.FlagDifficulty(ActionDifficulty.Paused, "Suspendue pendant l'été.", Now);
        action.FlagDifficulty(ActionDifficulty.Paused, "Suspendue jusqu'en septembre.", Now.AddDays(3));
        Assert.Equal(Now, action.DifficultySince);
        action.FlagDifficulty(ActionDifficulty.None, "ignoré", Now.AddDays(5));

        Assert.Equal("", action.DifficultyExplanation);
        Assert.Null(action.DifficultySince);
    }

    [Fact]
    public void AnActionWithoutIndicatorsCannotDeriveItsProgress()
    {
        var roadmap = new RoadmapBuilder().Build();
        var action = RoadmapAction.Propose(roadmap, Drafts.For(roadmap.Axes[0]) with { Indicators = [] }, Guid.NewGuid(), Now);
        action.Retain(Guid.NewGuid(), "", Now);

        Assert.Throws<DomainRuleException>(() => action.ChooseProgressRule(ProgressRule.FromIndicators, [], Now));
    }

    [Fact]
    public void TheDerivedProgressIsTheMeanShareDoneWithUnmeasuredIndicatorsAtZero()
    {
        var action = Retained();
        IndicatorProgress[] progresses = [Progress(60), Progress(null), Progress(31)];

        action.ChooseProgressRule(ProgressRule.FromIndicators, progresses, Now);

        Assert.Equal(30, action.ProgressPercent);
    }

    [Fact]
    public void PilotsMaySetTheProgressOnlyUnderTheirRule()
    {
        var action = Retained();
        action.ChooseProgressRule(ProgressRule.FromIndicators, [Progress(10)], Now);

        var refused = Assert.Throws<DomainRuleException>(() => action.SetProgressByPilots(Guid.NewGuid(), 50, "", Now));
        action.ChooseProgressRule(ProgressRule.SetByPilots, [], Now);

        Assert.Equal(RoadmapAction.ProgressFromIndicators, refused.Message);
        Assert.True(action.SetProgressByPilots(Guid.NewGuid(), 50, "Mi-parcours.", Now));
        Assert.False(action.SetProgressByPilots(Guid.NewGuid(), 50, "Mi-parcours. ", Now));
        Assert.Equal(ActionStatus.InProgress, action.Status);
    }

    [Theory]
    [InlineData(1999, 0, 0)]
    [InlineData(2101, 0, 0)]
    [InlineData(2026, -1, 0)]
    [InlineData(2026, 0, -0.01)]
    public void BudgetYearsOutOfBoundsAreRefused(int year, decimal committed, decimal spent)
    {
        var action = Retained();

        Assert.Throws<DomainRuleException>(() => action.SetBudgetYears([new ActionBudgetYear(year, committed, spent)], Now));
        Assert.Empty(action.BudgetYears);
    }

    [Fact]
    public void BudgetYearsAreUniqueAndKeptInOrder()
    {
        var action = Retained();

        Assert.Throws<DomainRuleException>(() => action.SetBudgetYears([new(2026, 1, 1), new(2026, 2, 2)], Now));
        action.SetBudgetYears([new(2030, 1, 0), new(2000, 0, 0), new(2100, 5, 5)], Now);

        Assert.Equal([2000, 2030, 2100], action.BudgetYears.Select(y => y.Year));
    }

    [Fact]
    public void ANotRetainedActionHasNoBudgetFollowUp()
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());

        var refused = Assert.Throws<DomainRuleException>(() => action.SetBudgetYears([], Now));

        Assert.Equal(RoadmapAction.NotFollowedUp, refused.Message);
    }

    private static RoadmapAction Retained()
    {
        var action = Drafts.Proposed(new RoadmapBuilder().Build());
        action.Retain(Guid.NewGuid(), "", Now);
        return action;
    }

    private static IndicatorProgress Progress(int? percent) =>
        new(0, percent, null, 100, percent, percent is null ? IndicatorState.NotMeasured : IndicatorState.OnTrack, null);
}
