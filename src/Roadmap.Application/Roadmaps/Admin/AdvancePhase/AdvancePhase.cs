using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Admin.AdvancePhase;

/// <summary>
/// Moves a roadmap from <see cref="FromPhase"/> to the next phase (managers), with a public message;
/// its followers are notified and what participants may do changes at once. Naming the phase left
/// makes a double submit harmless: the second one finds that phase already over and is refused.
/// Returns the new phase.
/// </summary>
public sealed record AdvancePhase(string Slug, RoadmapPhase? FromPhase, string Message) : IRequest<RoadmapPhase>;

internal sealed class AdvancePhaseHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AdvancePhase, RoadmapPhase>
{
    public async Task<RoadmapPhase> Handle(AdvancePhase request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().FirstOrDefaultAsync(r => r.Slug == request.Slug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.Slug);
        await db.EnsureCanManageAsync(user, roadmap.Id, cancellationToken);
        roadmap.EnsureNotArchived();
        var from = roadmap.CurrentPhase;
        var asked = request.FromPhase ?? from;
        if (from != asked)
        {
            throw new ConflictException(Passed(asked, from));
        }

        var now = clock.GetUtcNow();
        roadmap.Advance(request.Message, now);
        if (!await RoadmapPhaseChange.TryApplyAsync(db, roadmap, from, cancellationToken))
        {
            throw new ConflictException(Passed(asked, roadmap.CurrentPhase));
        }

        await RoadmapPhaseChange.RecordAsync(db, user, now, roadmap, from, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return roadmap.CurrentPhase;
    }

    private static string Passed(RoadmapPhase asked, RoadmapPhase current) => asked < current
        ? $"La phase « {asked.French()} » est déjà passée : la feuille de route est maintenant en phase « {current.French()} »."
        : $"La feuille de route n'est pas en phase « {asked.French()} » mais en phase « {current.French()} ».";
}
