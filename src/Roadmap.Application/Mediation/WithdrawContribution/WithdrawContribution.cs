using MediatR;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Mediation.WithdrawContribution;

/// <summary>The mediator withdraws an entry within 48 hours (a mistake, or the resident changed their mind): it is deleted and the counts follow.</summary>
[RequiresRole]
public sealed record WithdrawContribution(Guid Id) : IRequest<Unit>;

internal sealed class WithdrawContributionHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<WithdrawContribution, Unit>
{
    public async Task<Unit> Handle(WithdrawContribution request, CancellationToken cancellationToken)
    {
        var contribution = await OwnContributions.LoadAsync(db, user, request.Id, clock.GetUtcNow(), cancellationToken);
        db.MediatedContributions.Remove(contribution);
        await db.SaveChangesAsync(cancellationToken);
        if (contribution.ActionId is { } actionId)
        {
            await ActionCounters.RefreshAsync(db, actionId, cancellationToken);
        }

        return Unit.Value;
    }
}
