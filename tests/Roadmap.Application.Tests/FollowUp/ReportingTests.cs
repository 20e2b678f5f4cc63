using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.FollowUp.ChooseProgressRule;
using Roadmap.Application.FollowUp.FlagActionDifficulty;
using Roadmap.Application.FollowUp.GetActionFollowUp;
using Roadmap.Application.FollowUp.SetActionProgress;
using Roadmap.Application.FollowUp.SetBudgetYears;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

/// <summary>A pilot reports: difficulty, progress rule and percent, budget per year; journaled once, shown in public.</summary>
public sealed class ReportingTests() : ApplicationTest(frozenClock: true)
{
    private FollowUpScene _scene = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await FollowUpScene.StartAsync(Host);
        await _scene.SignInAsAsync("pilote");
    }

    [Fact]
    public async Task ADifficultyIsShownWithItsExplanationAndTheSameFlagTwiceIsJournaledOnce()
    {
        await Host.SendAsync(new FlagActionDifficulty(_scene.Action.Id, ActionDifficulty.Blocked, "  En attente du financement.  "));
        Host.Clock.Advance(TimeSpan.FromDays(1));
        await Host.SendAsync(new FlagActionDifficulty(_scene.Action.Id, ActionDifficulty.Blocked, "En attente du financement."));

        Host.User.SignOut();
        var followUp = await Host.SendAsync(new GetActionFollowUp(_scene.Action.Id));
        Assert.Equal(ActionDifficulty.Blocked, followUp.Difficulty);
        Assert.Equal("En attente du financement.", followUp.DifficultyExplanation);
        Assert.Equal(RoadmapBuilder.Now, followUp.DifficultySince);
        Assert.Equal(1, await Host.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "action.difficulty")));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n ")]
    public async Task ADifficultyNeedsAnExplanation(string explanation) =>
        await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(new FlagActionDifficulty(_scene.Action.Id, ActionDifficulty.Late, explanation)));

    [Fact]
    public async Task ProgressFromIndicatorsIsTheirMeanAndRefusesAPercentSetByHand()
    {
        await Host.WithDbAsync(async db =>
        {
            var indicator = await db.Indicators.SingleAsync(i => i.ActionId == _scene.Action.Id);
            indicator.ShowLatest(500, new DateOnly(2026, 3, 1));
            return await db.SaveChangesAsync();
        });

        await Host.SendAsync(new ChooseProgressRule(_scene.Action.Id, ProgressRule.FromIndicators));
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new SetActionProgress(_scene.Action.Id, 80, "")));

        var followUp = await Host.SendAsync(new GetActionFollowUp(_scene.Action.Id));
        Assert.Equal(ProgressRule.FromIndicators, followUp.ProgressRule);
        Assert.Equal(25, followUp.ProgressPercent);
        Assert.Equal(RoadmapAction.ProgressFromIndicators, refused.Message);
    }

    [Fact]
    public async Task SettingTheProgressMovesTheActionInProgressTellsFollowersAndADoubleSubmitCountsOnce()
    {
        var follower = await Host.NewUserAsync("Fanny Followeuse");
        await Host.SaveAsync(Follow.Start(follower, FollowTarget.Action, _scene.Action.Id, RoadmapBuilder.Now));

        await Host.SendAsync(new SetActionProgress(_scene.Action.Id, 40, "Douze permanences ouvertes."));
        await Host.SendAsync(new SetActionProgress(_scene.Action.Id, 40, "Douze permanences ouvertes."));

        var action = await Host.WithDbAsync(db => db.Actions.SingleAsync(a => a.Id == _scene.Action.Id));
        Assert.Equal(ActionStatus.InProgress, action.Status);
        Assert.Equal(40, action.ProgressPercent);
        Assert.Single(action.History, h => h.To == ActionStatus.InProgress);
        var notice = Assert.Single(await Host.WithDbAsync(db => db.Notifications.Where(n => n.UserId == follower).ToListAsync()));
        Assert.Equal(NotificationKind.StatusChanged, notice.Kind);
    }

    [Fact]
    public async Task BudgetYearsAreReplacedSortedAndTheSameLinesTwiceAreJournaledOnce()
    {
        BudgetYearInput[] years = [new(2027, 80_000, 10_000), new(2026, 50_000.5m, 48_000)];

        await Host.SendAsync(new SetBudgetYears(_scene.Action.Id, years));
        await Host.SendAsync(new SetBudgetYears(_scene.Action.Id, years));

        var followUp = await Host.SendAsync(new GetActionFollowUp(_scene.Action.Id));
        Assert.Equal([2026, 2027], followUp.BudgetYears.Select(y => y.Year));
        Assert.Equal(50_000.5m, followUp.BudgetYears[0].Committed);
        Assert.Equal(1, await Host.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "action.budget-years")));
    }

    [Fact]
    public async Task DuplicateBudgetYearsAreRefusedAndNothingIsSaved()
    {
        await Assert.ThrowsAsync<DomainRuleException>(() =>
            Host.SendAsync(new SetBudgetYears(_scene.Action.Id, [new(2026, 1, 1), new(2026, 2, 2)])));

        Assert.Empty((await Host.SendAsync(new GetActionFollowUp(_scene.Action.Id))).BudgetYears);
    }
}
