using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

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
        if (await AlreadySupportsAsync(userId, action.Id, cancellationToken))
        {
            return false;
        }

        var support = ParticipationTargets.GiveSupport(roadmap, action, userId, user.HighestRole(), user.OrganisationId, clock.GetUtcNow());
        var cap = roadmap.VotingRules.MaxSupportsPerParticipant;
        if (cap is { } max && await SupportQuota.UsedAsync(db, roadmap.Id, userId, cancellationToken) >= max)
        {
            throw new ConflictException(SupportQuota.Exhausted(max));
        }

        db.Supports.Add(support);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index (action, user) refused a twin written meanwhile: the caller supports it, as asked.
            db.Supports.Remove(support);
            if (!await AlreadySupportsAsync(userId, action.Id, cancellationToken))
            {
                throw;
            }

            return false;
        }

        // Parallel requests of one user may each have passed the check above. Written first, checked
        // after: whoever finds the cap exceeded takes their own support back, so the cap always holds.
        if (cap is { } limit && await SupportQuota.UsedAsync(db, roadmap.Id, userId, cancellationToken) > limit)
        {
            await db.Supports.Where(s => s.Id == support.Id).ExecuteDeleteAsync(cancellationToken);
            await ActionCounters.RefreshAsync(db, action.Id, cancellationToken);
            throw new ConflictException(SupportQuota.Exhausted(limit));
        }

        await ActionCounters.RefreshAsync(db, action.Id, cancellationToken);
        return true;
    }

    private Task<bool> AlreadySupportsAsync(Guid userId, Guid actionId, CancellationToken cancellationToken) =>
        db.Supports.AnyAsync(s => s.ActionId == actionId && s.UserId == userId, cancellationToken);
}
