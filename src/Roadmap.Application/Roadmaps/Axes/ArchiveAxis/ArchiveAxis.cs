using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Roadmaps.Axes.ArchiveAxis;

/// <summary>
/// Takes an axis out of use (its roadmap's managers): an axis without actions is removed; one that
/// holds actions is archived, so its actions stay readable under it and no new action goes there.
/// </summary>
[RequiresRole]
public sealed record ArchiveAxis(Guid AxisId) : IRequest<AxisRetirement>;

/// <summary>Removed: the axis is gone; otherwise it is archived with its <see cref="ActionCount"/> actions.</summary>
public sealed record AxisRetirement(Guid AxisId, bool Removed, int ActionCount);

internal sealed class ArchiveAxisHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ArchiveAxis, AxisRetirement>
{
    public async Task<AxisRetirement> Handle(ArchiveAxis request, CancellationToken cancellationToken)
    {
        var roadmapId = await db.Axes.Where(a => a.Id == request.AxisId).Select(a => (Guid?)a.RoadmapId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("L'axe", request.AxisId);
        await db.EnsureCanManageAsync(user, roadmapId, cancellationToken);
        var roadmap = await db.Roadmaps.Include(r => r.Axes).FirstAsync(r => r.Id == roadmapId, cancellationToken);
        var actions = await db.Actions.CountAsync(a => a.AxisId == request.AxisId, cancellationToken);
        var now = clock.GetUtcNow();

        var before = AxisView.Journal(roadmap.Axes.First(a => a.Id == request.AxisId));
        if (actions == 0)
        {
            var removed = roadmap.RemoveAxis(request.AxisId);
            db.Axes.Remove(removed);
            await db.RecordAsync(user, now, roadmap.Id, "axis.removed", $"Axe « {removed.Title} » de « {roadmap.Title} »", before, null, cancellationToken);
        }
        else
        {
            var archived = roadmap.ArchiveAxis(request.AxisId, now);
            await db.RecordAsync(user, now, roadmap.Id, "axis.archived", $"Axe « {archived.Title} » de « {roadmap.Title} »",
                before, new { Archived = true, Actions = actions }, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new AxisRetirement(request.AxisId, actions == 0, actions);
    }
}
