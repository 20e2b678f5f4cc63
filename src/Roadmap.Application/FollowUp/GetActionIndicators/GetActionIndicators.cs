using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.GetActionIndicators;

/// <summary>
/// The indicators of an action with their measured values and where each stands against its trajectory;
/// public like the action page (an action hidden by moderation gets the same refusal).
/// </summary>
public sealed record GetActionIndicators(Guid ActionId) : IQuery<ActionIndicatorsView>;

internal sealed class GetActionIndicatorsHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetActionIndicators, ActionIndicatorsView>
{
    public async Task<ActionIndicatorsView> Handle(GetActionIndicators request, CancellationToken cancellationToken)
    {
        var action = await db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.ActionId, cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        await db.EnsureReadableByAsync(action, user, cancellationToken);

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
