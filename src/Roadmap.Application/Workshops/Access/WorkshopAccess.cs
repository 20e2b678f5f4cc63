using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Access;

/// <summary>
/// Who may do what in a workshop. A facilitator of a workshop is a signed-in Administrator (any
/// workshop), or a Facilitator who created it or is one of its co-facilitators.
/// </summary>
public static class WorkshopAccess
{
    public const string NotJoined = "Rejoignez d'abord l'atelier avec son code.";
    public const string NotFacilitator = "Seule l'animation de cet atelier peut faire cela.";

    internal static bool CanRun(Workshop workshop, ICurrentUser user) =>
        user.Id is { } id && (user.IsInRole(RoleNames.Administrator) || (user.IsInRole(RoleNames.Facilitator) && workshop.IsRunBy(id)));

    internal static void EnsureFacilitator(Workshop workshop, ICurrentUser user)
    {
        if (!CanRun(workshop, user))
        {
            throw new ForbiddenException(NotFacilitator);
        }
    }

    internal static ParticipantIdentity? IdentityOf(ICurrentUser user, string? guestToken) =>
        user.Id is { } id ? ParticipantIdentity.ForUser(id)
        : string.IsNullOrWhiteSpace(guestToken) ? null
        : ParticipantIdentity.ForGuestToken(guestToken);

    internal static async Task<Workshop> LoadAsync(IRoadmapDbContext db, Guid workshopId, CancellationToken cancellationToken) =>
        await db.Workshops.FirstOrDefaultAsync(w => w.Id == workshopId, cancellationToken)
        ?? throw new NotFoundException("L'atelier", workshopId);

    /// <summary>Loads the workshop and checks that the caller runs it.</summary>
    internal static async Task<Workshop> LoadForFacilitatorAsync(IRoadmapDbContext db, ICurrentUser user, Guid workshopId, CancellationToken cancellationToken)
    {
        var workshop = await LoadAsync(db, workshopId, cancellationToken);
        EnsureFacilitator(workshop, user);
        return workshop;
    }

    /// <summary>The caller's attendance: only people who joined may act in the room.</summary>
    internal static async Task<Attendance> RequireAttendanceAsync(IRoadmapDbContext db, ICurrentUser user, IRoomRequest request, CancellationToken cancellationToken) =>
        await FindAttendanceAsync(db, user, request, cancellationToken) ?? throw new ForbiddenException(NotJoined);

    internal static async Task<Attendance?> FindAttendanceAsync(IRoadmapDbContext db, ICurrentUser user, IRoomRequest request, CancellationToken cancellationToken)
    {
        var identity = IdentityOf(user, request.GuestToken);
        return identity is null
            ? null
            : await db.WorkshopAttendances.FirstOrDefaultAsync(a => a.WorkshopId == request.WorkshopId && a.ParticipantKey == identity.Key, cancellationToken);
    }
}
