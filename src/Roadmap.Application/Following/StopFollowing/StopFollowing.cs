using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Following.StopFollowing;

/// <summary>« Ne plus suivre ». Stopping when not following changes nothing.</summary>
[RequiresRole]
public sealed record StopFollowing(FollowedThing Thing) : IRequest<Unit>;

internal sealed class StopFollowingHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<StopFollowing, Unit>
{
    public async Task<Unit> Handle(StopFollowing request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var targetId = await request.Thing.ResolveIdAsync(db, cancellationToken);
        await db.Follows
            .Where(f => f.UserId == userId && f.Target == request.Thing.Target && f.TargetId == targetId)
            .ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
