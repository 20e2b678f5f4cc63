using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.FollowUp.ListIndicatorValues;

/// <summary>
/// An indicator's measured values, newest first, each with its corrections. Public like the action; an
/// action hidden by moderation is served to its roadmap's team only.
/// </summary>
public sealed record ListIndicatorValues(Guid IndicatorId) : IQuery<IndicatorValues>;

internal sealed class ListIndicatorValuesHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<ListIndicatorValues, IndicatorValues>
{
    public async Task<IndicatorValues> Handle(ListIndicatorValues request, CancellationToken cancellationToken)
    {
        var action = await db.Indicators.AsNoTracking().Where(i => i.Id == request.IndicatorId)
            .Join(db.Actions, i => i.ActionId, a => a.Id, (i, a) => a).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("L'indicateur", request.IndicatorId);
        await db.EnsureReadableByAsync(action, user, cancellationToken);
        return (await IndicatorValuesQuery.LoadAsync(db, action, request.IndicatorId, cancellationToken)).Single();
    }
}
