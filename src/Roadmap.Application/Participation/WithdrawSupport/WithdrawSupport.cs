using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain;

namespace Roadmap.Application.Participation.WithdrawSupport;

/// <summary>
/// Takes the caller's support back while supports are open (roadmap phase and action status).
/// Idempotent: false when there was nothing to take back.
/// </summary>
[RequiresRole]
public sealed record WithdrawSupport(Guid ActionId) : IRequest<bool>;

internal sealed class WithdrawSupportHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<WithdrawSupport, bool>
{
    public async Task<bool> Handle(WithdrawSupport request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var (roadmap, action) = await ParticipationTargets.LoadAsync(db, request.ActionId, cancellationToken);
        var mine = db.Supports.Where(s => s.ActionId == action.Id && s.UserId == userId);
        if (!await mine.AnyAsync(cancellationToken))
        {
            return false;
        }

        roadmap.EnsureNotArchived();
        if (!roadmap.AcceptsSupports || !action.IsOpenForSupport)
        {
            throw new DomainRuleException("Les soutiens sont clos pour cette action : votre soutien ne peut plus être retiré.");
        }

        var removed = await mine.ExecuteDeleteAsync(cancellationToken);
        await ActionCounters.RefreshAsync(db, action.Id, cancellationToken);
        return removed > 0;
    }
}
