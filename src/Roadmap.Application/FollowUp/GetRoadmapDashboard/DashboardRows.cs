using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.GetRoadmapDashboard;

/// <summary>
/// The dashboard's reads: each one projected and grouped in SQL, so a roadmap of 10,000 actions is read in
/// three queries (actions, budget years, indicators) and no action is loaded as an entity. Grouping in SQL
/// beats projecting every action once and adding up in memory: 10,000 rows to read cost more than the scans.
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
    /// The followed-up actions' indicators with their progress, in one query: the trajectory starts at the baseline's
    /// date, else on the day the action was first retained; without a baseline, at the first measured value (one per
    /// indicator and date: a unique index). Both are correlated seeks on an index, not scans of their own.
    /// </summary>
    public static async Task<List<IndicatorRow>> IndicatorsAsync(IRoadmapDbContext db, IQueryable<RoadmapAction> followedUp, CancellationToken cancellationToken)
    {
        var rows = await (from i in db.Indicators.AsNoTracking()
                          join a in followedUp on i.ActionId equals a.Id
                          select new
                          {
                              Indicator = i,
                              a.AxisId,
                              a.OrganisationId,
                              RetainedAt = a.History.Where(h => h.To == ActionStatus.Retained).Min(h => (DateTimeOffset?)h.At),
                              FirstValue = i.Baseline == null
                                  ? db.IndicatorValues.Where(v => v.IndicatorId == i.Id).OrderBy(v => v.MeasuredOn).Select(v => (decimal?)v.Value).FirstOrDefault()
                                  : null,
                              FirstOn = i.Baseline == null ? db.IndicatorValues.Where(v => v.IndicatorId == i.Id).Min(v => (DateOnly?)v.MeasuredOn) : null,
                          }).ToListAsync(cancellationToken);
        return [.. rows.Select(x => new IndicatorRow(x.AxisId, x.OrganisationId,
            IndicatorProgress.Of(x.Indicator, x.RetainedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null, x.FirstValue, x.FirstOn)))];
    }
}
