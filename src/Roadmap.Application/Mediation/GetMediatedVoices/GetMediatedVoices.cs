using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation.GetMediatedVoices;

/// <summary>The mediated supports and comments of an action, for its page; readable by whoever may read the action.</summary>
public sealed record GetMediatedVoices(Guid ActionId) : IQuery<MediatedVoices>;

internal sealed class GetMediatedVoicesHandler(IRoadmapDbContext db, ICurrentUser user, IMarkdownRenderer markdown)
    : IRequestHandler<GetMediatedVoices, MediatedVoices>
{
    public async Task<MediatedVoices> Handle(GetMediatedVoices request, CancellationToken cancellationToken)
    {
        var action = await db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.ActionId, cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        await db.EnsureReadableByAsync(action, user, cancellationToken);
        var roadmap = await db.Roadmaps.AsNoTracking().FirstAsync(r => r.Id == action.RoadmapId, cancellationToken);
        int? count = await db.HidesSupportCountsFromAsync(user, roadmap, cancellationToken) ? null : action.MediatedSupportCount;
        var comments = await MediatedVoiceRows.ReadAsync(
            db, markdown, db.MediatedContributions.Where(c => c.ActionId == action.Id && c.Kind == MediatedContributionKind.Comment), cancellationToken);
        var isMediator = user.Id is { } id && await db.MediatorGrants.AnyAsync(g => g.UserId == id, cancellationToken);
        return new MediatedVoices(count, comments, isMediator);
    }
}
