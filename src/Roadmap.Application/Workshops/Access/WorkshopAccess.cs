using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Access;

/// <summary>
/// Who may do what in a workshop. A facilitator of a workshop is a signed-in Administrator (any
/// workshop), a member of its roadmap's team (any workshop of that roadmap), or a global Facilitator
/// who created it or is one of its co-facilitators.
/// </summary>
public static class WorkshopAccess
{
    public const string NotJoined = "Rejoignez d'abord l'atelier avec son code.";
    public const string NotFacilitator = "Seule l'animation de cet atelier peut faire cela.";

    /// <param name="teamRole">The caller's role in the team of the workshop's roadmap.</param>
    internal static bool CanRun(Workshop workshop, ICurrentUser user, TeamRole? teamRole) =>
        user.Id is { } id
        && (user.IsInRole(RoleNames.Administrator) || teamRole is not null || (user.IsInRole(RoleNames.Facilitator) && workshop.IsRunBy(id)));

    internal static async Task<bool> CanRunAsync(IRoadmapDbContext db, Workshop workshop, ICurrentUser user, CancellationToken cancellationToken) =>
        CanRun(workshop, user, await db.TeamRoleAsync(user, workshop.RoadmapId, cancellationToken));

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
        user.RequireId();
        var workshop = await LoadAsync(db, workshopId, cancellationToken);
        return await CanRunAsync(db, workshop, user, cancellationToken) ? workshop : throw new ForbiddenException(NotFacilitator);
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
