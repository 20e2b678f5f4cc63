using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.GetRoadmapDashboard;

/// <summary>
/// The dashboard's reads: each one projected and grouped in SQL, so a roadmap of 10,000 actions is
/// read in a handful of queries and no action is loaded as an entity.
/// </summary>
internal static class DashboardRows
{
    public sealed record ActionGroup(Guid AxisId, Guid? OrganisationId, ActionStatus Status, bool InDifficulty, int Count, long Progress, decimal? Planned);

    public sealed record YearGroup(Guid AxisId, Guid? OrganisationId, int Year, decimal Committed, decimal Spent);

    public sealed record IndicatorRow(Guid AxisId, Guid? OrganisationId, IndicatorProgress Progress);

    public static IQueryable<RoadmapAction> Visible(this IRoadmapDbContext db, Guid roadmapId) =>
        db.Actions.AsNoTracking().Where(a => a.RoadmapId == roadmapId && a.HiddenAt == null);

    public static IQueryable<RoadmapAction> FollowedUp(this IQueryable<RoadmapAction> actions) =>
        actions.Where(a => a.Status == ActionStatus.Retained || a.Status == ActionStatus.InProgress || a.Status == ActionStatus.Done);

    public static Task<List<ActionGroup>> ActionGroupsAsync(IQueryable<RoadmapAction> visible, CancellationToken cancellationToken) =>
        visible.GroupBy(a => new { a.AxisId, a.OrganisationId, a.Status, InDifficulty = a.Difficulty != ActionDifficulty.None })
            .Select(g => new ActionGroup(g.Key.AxisId, g.Key.OrganisationId, g.Key.Status, g.Key.InDifficulty,
                g.Count(), g.Sum(a => (long)a.ProgressPercent), g.Sum(a => a.Budget.EstimatedAmount)))
            .ToListAsync(cancellationToken);

    public static Task<List<YearGroup>> YearGroupsAsync(IQueryable<RoadmapAction> followedUp, CancellationToken cancellationToken) =>
        followedUp.SelectMany(a => a.BudgetYears, (a, y) => new { a.AxisId, a.OrganisationId, y.Year, y.Committed, y.Spent })
            .GroupBy(x => new { x.AxisId, x.OrganisationId, x.Year })
            .Select(g => new YearGroup(g.Key.AxisId, g.Key.OrganisationId, g.Key.Year, g.Sum(x => x.Committed), g.Sum(x => x.Spent)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The followed-up actions' indicators with their progress: the trajectory starts at the baseline's date,
    /// else on the day the action was first retained; without a baseline, at the first measured value.
    /// </summary>
    public static async Task<List<IndicatorRow>> IndicatorsAsync(IRoadmapDbContext db, IQueryable<RoadmapAction> followedUp, CancellationToken cancellationToken)
    {
        var indicators = await (from i in db.Indicators.AsNoTracking()
                                join a in followedUp on i.ActionId equals a.Id
                                select new { Indicator = i, a.AxisId, a.OrganisationId }).ToListAsync(cancellationToken);
        var retained = await followedUp.SelectMany(a => a.History, (a, h) => new { a.Id, h.To, h.At })
            .Where(x => x.To == ActionStatus.Retained)
            .GroupBy(x => x.Id)
            .Select(g => new { ActionId = g.Key, At = g.Min(x => x.At) })
            .ToDictionaryAsync(r => r.ActionId, r => DateOnly.FromDateTime(r.At.UtcDateTime), cancellationToken);
        var firsts = await FirstValuesAsync(db, followedUp, cancellationToken);
        return [.. indicators.Select(x =>
        {
            var first = firsts.GetValueOrDefault(x.Indicator.Id);
            var progress = IndicatorProgress.Of(x.Indicator, retained.TryGetValue(x.Indicator.ActionId, out var on) ? on : null, first?.Value, first?.MeasuredOn);
            return new IndicatorRow(x.AxisId, x.OrganisationId, progress);
        })];
    }

    private sealed record FirstValue(Guid IndicatorId, DateOnly MeasuredOn, decimal Value);

    /// <summary>The first measured value of each indicator without a baseline (one per indicator and date: a unique index).</summary>
    private static async Task<Dictionary<Guid, FirstValue>> FirstValuesAsync(IRoadmapDbContext db, IQueryable<RoadmapAction> followedUp, CancellationToken cancellationToken)
    {
        var withoutBaseline = db.Indicators.Where(i => i.Baseline == null && followedUp.Any(a => a.Id == i.ActionId)).Select(i => i.Id);
        var values = db.IndicatorValues.AsNoTracking().Where(v => withoutBaseline.Contains(v.IndicatorId));
        var firstDays = values.GroupBy(v => v.IndicatorId).Select(g => new { IndicatorId = g.Key, MeasuredOn = g.Min(v => v.MeasuredOn) });
        var firsts = await (from v in values
                            join f in firstDays on new { v.IndicatorId, v.MeasuredOn } equals new { f.IndicatorId, f.MeasuredOn }
                            select new FirstValue(v.IndicatorId, v.MeasuredOn, v.Value)).ToListAsync(cancellationToken);
        return firsts.ToDictionary(f => f.IndicatorId);
    }
}
