using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain;

namespace Roadmap.Application.Participation.SupportAction;

/// <summary>
/// Supports an action. Idempotent: true when a support was recorded, false when the caller already
/// supported it (a double click, a second tab). The roadmap's phase and voting rules decide who may.
/// </summary>
[RequiresRole]
public sealed record SupportAction(Guid ActionId) : IRequest<bool>;

internal sealed class SupportActionHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SupportAction, bool>
{
    public async Task<bool> Handle(SupportAction request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var (roadmap, action) = await ParticipationTargets.LoadAsync(db, request.ActionId, cancellationToken);
        await SupportQuota.TakeTurnAsync(db, userId, cancellationToken);
        if (await AlreadySupportsAsync(userId, action.Id, cancellationToken))
        {
            return false;
        }

        if (roadmap.AcceptsSupports && await ParticipationTargets.StandingRefusalAsync(db, roadmap.Id, roadmap.VotingRules, userId, cancellationToken) is { } refusal)
        {
            throw new DomainRuleException(refusal);
        }

        var support = ParticipationTargets.GiveSupport(roadmap, action, userId, user.HighestRole(), user.OrganisationId, clock.GetUtcNow());
        if (roadmap.VotingRules.MaxSupportsPerParticipant is { } max && await SupportQuota.UsedAsync(db, roadmap.Id, userId, cancellationToken) >= max)
        {
            throw new ConflictException(SupportQuota.Exhausted(max));
        }

        db.Supports.Add(support);
        await db.SaveChangesAsync(cancellationToken);
        await ActionCounters.RefreshAsync(db, action.Id, cancellationToken);
        return true;
    }

    private Task<bool> AlreadySupportsAsync(Guid userId, Guid actionId, CancellationToken cancellationToken) =>
        db.Supports.AnyAsync(s => s.ActionId == actionId && s.UserId == userId, cancellationToken);
}
