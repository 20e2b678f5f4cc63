using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Actions.ReviewAction;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Demo.Content;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Demo.Writers;

/// <summary>
/// Carries an adopted demo roadmap from its vote to today. The decisions (under review at the arbitrage,
/// retained or not on the adoption day) and the starts go through <see cref="ReviewAction"/>, as the
/// roadmap's manager; the rest — pilots, progress rule, measured values and their correction, points
/// d'étape, difficulty, budget per year — is written through the domain's own methods, each event in
/// its own scope at its own moment, for want of use cases yet (docs/decisions/017-demo-data.md).
/// </summary>
internal sealed class DemoFollowUpWriter(DemoSender sender, DemoCast cast, DemoParticipant manager, DateOnly adoptedOn)
{
    /// <summary>Values are recorded when the report that gives them comes out, this many days after the measure.</summary>
    private const int RecordedDaysAfter = 12;

    private const int ArbitrageDay = -40;
    private const int PilotsNamedDay = 10;
    private const int RuleChosenDay = 15;

    public async Task WriteAsync(IReadOnlyList<DemoFollowUp> followUps, IReadOnlyDictionary<string, DemoProposal> actions, CancellationToken cancellationToken)
    {
        foreach (var followUp in followUps)
        {
            var actionId = actions[followUp.Key].Id;
            await sender.SendAsync(manager, At(ArbitrageDay), new ReviewAction(actionId, ActionStatus.UnderReview, "Examinée par l'équipe avant le vote de l'assemblée."), cancellationToken);
            await sender.SendAsync(manager, At(0), new ReviewAction(actionId, followUp.Decision.Status, followUp.Decision.Reason), cancellationToken);
            if (followUp.Decision.Status == ActionStatus.Retained)
            {
                await FollowAsync(actionId, followUp, cancellationToken);
            }
        }
    }

    private async Task FollowAsync(Guid actionId, DemoFollowUp followUp, CancellationToken cancellationToken)
    {
        await ChangeAsync(actionId, PilotsNamedDay, (db, action, at) =>
        {
            db.Pilots.AddRange(followUp.Pilots.Select(email => ActionPilot.Name(action.Id, cast[email].Id, manager.Id, at)));
            action.Indicators[0].DateBaseline(followUp.BaselineDay is { } day ? adoptedOn.AddDays(day) : null);
        }, cancellationToken);
        if (followUp.Rule != ProgressRule.SetByPilots)
        {
            await ChangeAsync(actionId, RuleChosenDay, (_, action, at) => action.ChooseProgressRule(followUp.Rule, [Progress(action)], at), cancellationToken);
        }

        foreach (var (day, write) in Events(actionId, followUp, cancellationToken).OrderBy(e => e.Day))
        {
            await write(day);
        }
    }

    private IEnumerable<(int Day, Func<int, Task> Write)> Events(Guid actionId, DemoFollowUp followUp, CancellationToken cancellationToken)
    {
        var recorder = cast[followUp.Pilots[0]].Id;
        if (followUp.Start is { } start)
        {
            yield return (start.Day, day => sender.SendAsync(manager, At(day), new ReviewAction(actionId, ActionStatus.InProgress, start.Reason, start.Percent), cancellationToken));
        }

        foreach (var measure in followUp.Values)
        {
            yield return (measure.Day + RecordedDaysAfter, day => ChangeAsync(actionId, day, (db, action, at) =>
            {
                var measuredOn = adoptedOn.AddDays(measure.Day);
                var source = measure == followUp.Values[^1] ? "Relevé intermédiaire" : "Rapport annuel";
                db.IndicatorValues.Add(IndicatorValue.Record(
                    action.Indicators[0], measuredOn, measure.Value, $"{source} {measuredOn.Year} du Département (données de démonstration)", measure.Comment, recorder, at));
                action.Indicators[0].ShowLatest(measure.Value, measuredOn);
                action.DeriveProgress([Progress(action)], at);
            }, cancellationToken));
        }

        if (followUp.Correction is { } correction)
        {
            yield return (correction.Day, day => ChangeWithQueryAsync(actionId, day, async (db, action, at) =>
            {
                var indicator = action.Indicators[0];
                var measuredOn = adoptedOn.AddDays(correction.MeasuredDay);
                var value = await db.IndicatorValues.SingleAsync(v => v.IndicatorId == indicator.Id && v.MeasuredOn == measuredOn, cancellationToken);
                value.Correct(measuredOn, correction.Value, value.Source, value.Comment, correction.Reason, recorder, at);
                if (measuredOn >= indicator.LatestMeasuredOn)
                {
                    indicator.ShowLatest(correction.Value, measuredOn);
                    action.DeriveProgress([Progress(action)], at);
                }
            }, cancellationToken));
        }

        foreach (var update in followUp.Updates)
        {
            yield return (update.Day + 1, day => ChangeAsync(actionId, day, (db, action, at) => Post(db, action, update, at), cancellationToken));
        }

        if (followUp.Difficulty is { } difficulty)
        {
            yield return (difficulty.Day, day => ChangeAsync(actionId, day, (_, action, at) => action.FlagDifficulty(difficulty.Kind, difficulty.Explanation, at), cancellationToken));
        }

        if (followUp.BudgetYears.Count > 0)
        {
            var years = followUp.BudgetYears.Select((y, i) => new ActionBudgetYear(adoptedOn.Year + i, y.Committed, y.Spent)).ToList();
            var lastReport = followUp.Values.Select(v => v.Day + RecordedDaysAfter).DefaultIfEmpty(RuleChosenDay).Max();
            yield return (lastReport, day => ChangeAsync(actionId, day, (_, action, at) => action.SetBudgetYears(years, at), cancellationToken));
        }
    }

    private void Post(RoadmapDbContext db, RoadmapAction action, DemoUpdate update, DateTimeOffset at)
    {
        var author = cast[update.Author].Id;
        var posted = ActionUpdate.Post(action, author, update.Title, update.Body, adoptedOn.AddDays(update.Day), at);
        if (update.Status is not null)
        {
            action.ReportProgress(author, update.Progress ?? action.ProgressPercent, update.Title, at);
            action.DeriveProgress([Progress(action)], at);
            posted.Moved(action.Status, action.ProgressPercent);
        }

        db.Updates.Add(posted);
    }

    private static IndicatorProgress Progress(RoadmapAction action) => IndicatorProgress.Of(action.Indicators[0], action.RetainedOn);

    private DateTimeOffset At(int day) => new(adoptedOn.AddDays(day).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    private Task ChangeAsync(Guid actionId, int day, Action<RoadmapDbContext, RoadmapAction, DateTimeOffset> change, CancellationToken cancellationToken) =>
        ChangeWithQueryAsync(actionId, day, (db, action, at) =>
        {
            change(db, action, at);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task ChangeWithQueryAsync(Guid actionId, int day, Func<RoadmapDbContext, RoadmapAction, DateTimeOffset, Task> change, CancellationToken cancellationToken)
    {
        var at = At(day);
        await sender.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RoadmapDbContext>();
            var action = await db.Actions.SingleAsync(a => a.Id == actionId, cancellationToken);
            await change(db, action, at);
            return await db.SaveChangesAsync(cancellationToken);
        }, at);
    }
}
