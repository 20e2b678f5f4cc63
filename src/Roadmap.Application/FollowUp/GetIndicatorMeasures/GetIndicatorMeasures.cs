using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.FollowUp.ListIndicatorValues;

namespace Roadmap.Application.FollowUp.GetIndicatorMeasures;

/// <summary>
/// The indicators page of an action: every indicator with its values, and whether the caller may record
/// and correct them (<see cref="IndicatorMeasures.ReportRefusal"/> says why not). Readable like the action.
/// </summary>
public sealed record GetIndicatorMeasures(string RoadmapSlug, Guid ActionId) : IQuery<IndicatorMeasures>;

public sealed record IndicatorMeasures(
    Guid ActionId,
    string ActionTitle,
    string RoadmapSlug,
    string RoadmapTitle,
    ActionStatus Status,
    string? ReportRefusal,
    IReadOnlyList<IndicatorValues> Indicators)
{
    public bool CanReport => ReportRefusal is null;
}

internal sealed class GetIndicatorMeasuresHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetIndicatorMeasures, IndicatorMeasures>
{
    public async Task<IndicatorMeasures> Handle(GetIndicatorMeasures request, CancellationToken cancellationToken)
    {
        var found = await db.Actions.AsNoTracking().Where(a => a.Id == request.ActionId)
            .Join(db.Roadmaps, a => a.RoadmapId, r => r.Id, (a, r) => new { Action = a, r.Slug, r.Title })
            .FirstOrDefaultAsync(f => f.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        var action = found.Action;
        await db.EnsureReadableByAsync(action, user, cancellationToken);
        var refusal = !action.IsFollowedUp ? RoadmapAction.NotFollowedUp
            : !await db.CanReportOnAsync(user, action, cancellationToken) ? ActionPilots.NotPilot
            : null;
        return new IndicatorMeasures(action.Id, action.Title, found.Slug, found.Title, action.Status, refusal,
            await IndicatorValuesQuery.LoadAsync(db, action, null, cancellationToken));
    }
}
