using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp;

/// <summary>
/// The progress of each of an action's indicators, in their order on the page: an indicator without a
/// baseline starts from its first measured value (read from <see cref="IRoadmapDbContext.IndicatorValues"/>).
/// What <see cref="RoadmapAction.DeriveProgress"/> and <see cref="RoadmapAction.ChooseProgressRule"/> take.
/// </summary>
internal static class IndicatorProgresses
{
    public static async Task<IReadOnlyList<IndicatorProgress>> ForActionAsync(IRoadmapDbContext db, RoadmapAction action, CancellationToken cancellationToken)
    {
        var indicators = action.Indicators;
        var withoutBaseline = indicators.Where(i => i.Baseline is null).Select(i => i.Id).ToList();
        var firstValues = withoutBaseline.Count == 0
            ? []
            : (await db.IndicatorValues.AsNoTracking()
                    .Where(v => withoutBaseline.Contains(v.IndicatorId))
                    .Select(v => new { v.IndicatorId, v.MeasuredOn, v.Value })
                    .ToListAsync(cancellationToken))
                .GroupBy(v => v.IndicatorId)
                .ToDictionary(g => g.Key, g => g.MinBy(v => v.MeasuredOn)!);
        var retainedOn = action.RetainedOn;
        return [.. indicators.Select(i => firstValues.TryGetValue(i.Id, out var first)
            ? IndicatorProgress.Of(i, retainedOn, first.Value, first.MeasuredOn)
            : IndicatorProgress.Of(i, retainedOn))];
    }
}
