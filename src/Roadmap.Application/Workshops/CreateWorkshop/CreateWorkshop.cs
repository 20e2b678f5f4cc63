using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.ScheduleWorkshop;

namespace Roadmap.Application.Workshops.CreateWorkshop;

/// <summary>Schedules a workshop of a roadmap; its creator runs it. Returns its id and its join code.</summary>
[RequiresRole(RoleNames.Facilitator, RoleNames.Administrator)]
public sealed record CreateWorkshop(string RoadmapSlug, WorkshopDraft Draft) : IRequest<CreatedWorkshop>;

public sealed record CreatedWorkshop(Guid Id, string JoinCode);

internal sealed class CreateWorkshopHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CreateWorkshop, CreatedWorkshop>
{
    private const int CodeAttempts = 10;

    public async Task<CreatedWorkshop> Handle(CreateWorkshop request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes).FirstOrDefaultAsync(r => r.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        await WorkshopReferences.EnsureCoFacilitatorsExistAsync(db, request.Draft, cancellationToken);
        var actionIds = await WorkshopReferences.RoadmapActionIdsAsync(db, roadmap.Id, request.Draft, cancellationToken);

        var workshop = Workshop.Schedule(roadmap, request.Draft, actionIds, user.RequireId(), await FreeJoinCodeAsync(cancellationToken), clock.GetUtcNow());
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedWorkshop(workshop.Id, workshop.JoinCode);
    }

    /// <summary>31⁶ codes make a collision rare; the unique index still guards the race between two creations.</summary>
    private async Task<string> FreeJoinCodeAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < CodeAttempts; attempt++)
        {
            var code = JoinCodes.New();
            if (!await db.Workshops.AnyAsync(w => w.JoinCode == code, cancellationToken))
            {
                return code;
            }
        }

        throw new ConflictException("Impossible d'attribuer un code d'accès à l'atelier : réessayez.");
    }
}
