using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>
/// Adds to a page of results the glance of each action's first indicator that has measured values: one
/// query for the whole page (the indicator, the action's history for its trajectory, the values), whatever
/// the size of the roadmap. Only followed-up actions can have values.
/// </summary>
internal static class FirstIndicatorGlances
{
    public static async Task<IReadOnlyList<ActionSearchItem>> AddToAsync(IRoadmapDbContext db, IReadOnlyList<ActionSearchItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return items;
        }

        var ids = items.Select(i => i.Id).ToList();
        var rows = await db.Indicators.AsNoTracking()
            .Where(i => ids.Contains(i.ActionId) && i.LatestValue != null
                && i.Position == db.Indicators.Where(o => o.ActionId == i.ActionId).Min(o => o.Position))
            .Select(i => new
            {
                Indicator = i,
                History = db.Actions.Where(a => a.Id == i.ActionId).SelectMany(a => a.History).ToList(),
                Values = db.IndicatorValues.Where(v => v.IndicatorId == i.Id).Select(v => new { v.MeasuredOn, v.Value }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var glances = rows.ToDictionary(r => r.Indicator.ActionId, r =>
        {
            var values = r.Values.OrderBy(v => v.MeasuredOn).ToList();
            var first = values.FirstOrDefault();
            var progress = IndicatorProgress.Of(r.Indicator, RoadmapAction.RetainedOnAmong(r.History), first?.Value, first?.MeasuredOn);
            return new IndicatorGlance(r.Indicator.Name, r.Indicator.Unit, progress.State, [.. values.Select(v => v.Value)]);
        });
        return [.. items.Select(i => glances.TryGetValue(i.Id, out var glance) ? i with { FirstIndicator = glance } : i)];
    }
}
