using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.ScheduleWorkshop;

namespace Roadmap.Application.Workshops.CreateWorkshop;

/// <summary>
/// Schedules a workshop of a roadmap; its creator runs it. Returns its id and its join code.
/// <see cref="SubmissionKey"/>, drawn once per form, makes a double submit return the workshop it already created.
/// Global staff schedule on every roadmap; a roadmap's team on that roadmap only. The roadmap's followers are notified.
/// </summary>
[RequiresRole]
public sealed record CreateWorkshop(string RoadmapSlug, WorkshopDraft Draft) : IRequest<CreatedWorkshop>
{
    public Guid? SubmissionKey { get; init; }
}

public sealed record CreatedWorkshop(Guid Id, string JoinCode);

internal sealed class CreateWorkshopHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CreateWorkshop, CreatedWorkshop>
{
    private const int CodeAttempts = 10;

    public async Task<CreatedWorkshop> Handle(CreateWorkshop request, CancellationToken cancellationToken)
    {
        var creatorId = user.RequireId();
        if (await FindAlreadyCreatedAsync(creatorId, request.SubmissionKey, cancellationToken) is { } done)
        {
            return done;
        }

        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes).FirstOrDefaultAsync(r => r.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        await db.EnsureTeamAsync(user, roadmap.Id, cancellationToken);
        await WorkshopReferences.EnsureCoFacilitatorsExistAsync(db, request.Draft, cancellationToken);
        var actionIds = await WorkshopReferences.RoadmapActionIdsAsync(db, roadmap.Id, request.Draft, cancellationToken);

        var now = clock.GetUtcNow();
        var workshop = Workshop.Schedule(roadmap, request.Draft, actionIds, creatorId, await FreeJoinCodeAsync(cancellationToken), now, request.SubmissionKey);
        db.Workshops.Add(workshop);
        await WorkshopScheduledNotifications.AddAsync(db, roadmap, workshop, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (request.SubmissionKey is not null)
        {
            // A double submit may have raced us to the unique (creator, key) index: the other request created it.
            return await FindAlreadyCreatedAsync(creatorId, request.SubmissionKey, cancellationToken) ?? throw new ConflictException("L'atelier n'a pas pu être enregistré : réessayez.");
        }

        return new CreatedWorkshop(workshop.Id, workshop.JoinCode);
    }

    private async Task<CreatedWorkshop?> FindAlreadyCreatedAsync(Guid creatorId, Guid? submissionKey, CancellationToken cancellationToken) =>
        submissionKey is null
            ? null
            : await db.Workshops.AsNoTracking()
                .Where(w => w.CreatedById == creatorId && w.SubmissionKey == submissionKey)
                .Select(w => new CreatedWorkshop(w.Id, w.JoinCode))
                .FirstOrDefaultAsync(cancellationToken);

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
