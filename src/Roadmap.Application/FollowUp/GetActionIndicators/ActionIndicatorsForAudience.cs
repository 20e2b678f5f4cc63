using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.GetActionIndicators;

/// <summary>An action's indicators as <see cref="Audience"/> sees them: the same for every caller of it (only a hidden action's team reads them).</summary>
internal sealed record ActionIndicatorsForAudience(Guid ActionId, Audience Audience) : ISharedRead<ActionIndicatorsView>
{
    public async Task<ActionIndicatorsView> LoadAsync(IRoadmapDbContext db, CancellationToken cancellationToken)
    {
        var action = await db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == ActionId, cancellationToken)
            ?? throw new NotFoundException("L'action", ActionId);
        action.EnsureReadableBy(Audience);

        var values = (await db.IndicatorValues.AsNoTracking().Where(v => v.ActionId == action.Id)
                .Select(v => new { v.IndicatorId, v.MeasuredOn, v.Value }).ToListAsync(cancellationToken))
            .ToLookup(v => v.IndicatorId, v => new MeasuredValue(v.MeasuredOn, v.Value));

        var retainedOn = action.RetainedOn;
        var indicators = action.Indicators.Select(indicator =>
        {
            var measured = values[indicator.Id].OrderBy(v => v.On).ToList();
            var first = measured.FirstOrDefault();
            var progress = IndicatorProgress.Of(indicator, retainedOn, first?.Value, first?.On);
            return new IndicatorFollowUpView(
                indicator.Id, indicator.Name, indicator.Unit, indicator.Baseline, indicator.BaselineOn, indicator.LatestValue, indicator.LatestMeasuredOn,
                indicator.Target, indicator.DueOn, progress, measured);
        }).ToList();

        return new ActionIndicatorsView(action.Id, action.IsFollowedUp, indicators);
    }
}
