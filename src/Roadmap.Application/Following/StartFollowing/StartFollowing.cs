using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Following.StartFollowing;

/// <summary>« Suivre » an action or a roadmap. Following twice changes nothing.</summary>
[RequiresRole]
public sealed record StartFollowing(FollowedThing Thing) : IRequest<Unit>;

internal sealed class StartFollowingHandler(IRoadmapDbContext db, ICurrentUser user, Notifier notifier) : IRequestHandler<StartFollowing, Unit>
{
    public async Task<Unit> Handle(StartFollowing request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var targetId = await request.Thing.ResolveIdAsync(db, cancellationToken);
        await notifier.EnsureFollowingAsync(userId, request.Thing.Target, targetId, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A second click may have won the race to the unique index: then the wish is fulfilled.
            if (!await AlreadyFollowingAsync(userId, request.Thing, targetId, cancellationToken))
            {
                throw;
            }
        }

        return Unit.Value;
    }

    private Task<bool> AlreadyFollowingAsync(Guid userId, FollowedThing thing, Guid targetId, CancellationToken cancellationToken) =>
        db.Follows.AsNoTracking().AnyAsync(f => f.UserId == userId && f.Target == thing.Target && f.TargetId == targetId, cancellationToken);
}
