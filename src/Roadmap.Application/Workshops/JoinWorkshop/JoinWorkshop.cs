using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.GetWorkshopState;

namespace Roadmap.Application.Workshops.JoinWorkshop;

/// <summary>
/// Enters a workshop by its code. A signed-in caller joins with their account (their role and
/// organisation are recorded); a signed-out caller joins as a guest with a name, when the workshop
/// allows guests, or comes back as the same guest with the token given the first time. A
/// facilitator's arrival opens the room (Scheduled → Live).
/// </summary>
[OwnTransaction("Only entering the room is written in the transaction; the room's state (a dozen reads) is read after the commit, so a crowd joining does not hold SQLite's write gate for its reads.")]
public sealed record JoinWorkshop(string JoinCode, string? GuestName, string? GuestToken) : IRequest<JoinResult>;

internal sealed class JoinWorkshopHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, AfterCommit afterCommit, RoomReads reads, TimeProvider clock) : IRequestHandler<JoinWorkshop, JoinResult>
{
    public async Task<JoinResult> Handle(JoinWorkshop request, CancellationToken cancellationToken)
    {
        var code = JoinCodes.Normalize(request.JoinCode) ?? throw new NotFoundException("Le code d'atelier", request.JoinCode.Trim());
        var now = clock.GetUtcNow();
        Entered entered;
        try
        {
            entered = await afterCommit.InTransactionAsync(db, token => EnterAsync(code, request, now, token), cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same account joined from two devices at the same instant: the other one won.
            throw new ConflictException("Vous rejoignez déjà cet atelier depuis un autre appareil : réessayez.");
        }

        var state = await WorkshopStateBuilder.BuildAsync(db, reads, entered.Workshop, entered.Attendance, entered.IsFacilitator, entered.FreshGuest, now, cancellationToken);
        return new JoinResult(entered.Workshop.Id, entered.Attendance.ParticipantKey, entered.GuestToken, entered.IsFacilitator, entered.Attendance.LastJoinedAt, state);
    }

    private async Task<Entered> EnterAsync(string code, JoinWorkshop request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var workshop = await db.Workshops.FirstOrDefaultAsync(w => w.JoinCode == code, cancellationToken)
            ?? throw new NotFoundException("Le code d'atelier", code);
        var isFacilitator = await WorkshopAccess.CanRunAsync(db, workshop, user, cancellationToken);
        if (isFacilitator)
        {
            workshop.OpenRoom(now);
        }

        var (attendance, guestToken, freshGuest) = user.Id is { } userId
            ? (await MemberAttendanceAsync(workshop, userId, isFacilitator, now, cancellationToken), null, false)
            : await GuestAttendanceAsync(workshop, request, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        live.PresenceChanged(workshop.Id);
        return new Entered(workshop, attendance, guestToken, isFacilitator, freshGuest);
    }

    private async Task<Attendance> MemberAttendanceAsync(Workshop workshop, Guid userId, bool isFacilitator, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = ParticipantIdentity.ForUser(userId).Key;
        var existing = await db.WorkshopAttendances.FirstOrDefaultAsync(a => a.WorkshopId == workshop.Id && a.ParticipantKey == key, cancellationToken);
        if (existing is not null)
        {
            existing.Rejoin(workshop, user.HighestRole(), user.OrganisationId, isFacilitator, now);
            return Reopened(existing);
        }

        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "";
        var attendance = Attendance.ForMember(workshop, userId, name, user.HighestRole(), user.OrganisationId, isFacilitator, now);
        db.WorkshopAttendances.Add(attendance);
        return attendance;
    }

    /// <returns>The guest's attendance, their token, and whether the token was made now (a fresh guest).</returns>
    private async Task<(Attendance, string, bool)> GuestAttendanceAsync(Workshop workshop, JoinWorkshop request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(request.GuestToken))
        {
            var key = ParticipantIdentity.ForGuestToken(request.GuestToken).Key;
            var existing = await db.WorkshopAttendances.FirstOrDefaultAsync(a => a.WorkshopId == workshop.Id && a.ParticipantKey == key, cancellationToken);
            if (existing is not null)
            {
                existing.Rejoin(workshop, null, null, false, now);
                return (Reopened(existing), request.GuestToken, false);
            }
        }

        var token = GuestTokens.New();
        var attendance = Attendance.ForGuest(workshop, token, request.GuestName, now);
        db.WorkshopAttendances.Add(attendance);
        return (attendance, token, true);
    }

    /// <summary>
    /// A rejoin always writes <c>LeftAt = NULL</c>, even when the row read said present: a node may record this
    /// participant's departure between that read and this commit (PostgreSQL's read committed takes no lock on the
    /// read), and writing only <c>LastJoinedAt</c> would then leave the person marked gone though connected.
    /// </summary>
    private Attendance Reopened(Attendance attendance)
    {
        db.WorkshopAttendances.Entry(attendance).Property(a => a.LeftAt).IsModified = true;
        return attendance;
    }

    private sealed record Entered(Workshop Workshop, Attendance Attendance, string? GuestToken, bool IsFacilitator, bool FreshGuest);
}
