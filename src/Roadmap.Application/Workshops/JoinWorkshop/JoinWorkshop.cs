using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Batching;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain;
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
[OwnTransaction("The people joining a room at one moment enter it together (JoinBatches), in one transaction that another caller's request may be running; the room's state (a dozen reads) is read after the commit, so a crowd joining does not hold SQLite's write gate for its reads.")]
public sealed record JoinWorkshop(string JoinCode, string? GuestName, string? GuestToken) : IRequest<JoinResult>;

internal sealed class JoinWorkshopHandler(IRoadmapDbContext db, ICurrentUser user, ILiveNotifier live, AfterCommit afterCommit, RoomReads reads, JoinBatches batches, TimeProvider clock)
    : IRequestHandler<JoinWorkshop, JoinResult>
{
    private const string TwoDevices = "Vous rejoignez déjà cet atelier depuis un autre appareil : réessayez.";

    public async Task<JoinResult> Handle(JoinWorkshop request, CancellationToken cancellationToken)
    {
        var code = JoinCodes.Normalize(request.JoinCode) ?? throw new NotFoundException("Le code d'atelier", request.JoinCode.Trim());
        var entered = await batches.EnterAsync(new JoinDraft(code, CallerSnapshot.Of(user), request.GuestName, request.GuestToken), WriteAsync);
        var state = await WorkshopStateBuilder.BuildAsync(db, reads, entered.Workshop, entered.Attendance, entered.IsFacilitator, entered.FreshGuest, clock.GetUtcNow(), cancellationToken);
        return new JoinResult(entered.Workshop.Id, entered.Attendance.ParticipantKey, entered.GuestToken, entered.IsFacilitator, entered.Attendance.LastJoinedAt, state);
    }

    /// <summary>
    /// Enters a batch's callers in one transaction of this request's unit of work. A database refusing the batch's write
    /// (the same account joining meanwhile from another device, through another batch or node) makes each caller enter
    /// alone, as without the batch: only the one whose row collides is told to try again.
    /// </summary>
    private async Task WriteAsync(IReadOnlyList<BatchCaller<JoinDraft, Entered>> callers)
    {
        if (callers.Count > 1)
        {
            try
            {
                BatchOutcome<Entered>.AnswerAll(callers, await EnterTogetherAsync(callers));
                return;
            }
            catch (DbUpdateException)
            {
                // Each caller enters alone below.
            }
        }

        foreach (var caller in callers)
        {
            try
            {
                BatchOutcome<Entered>.AnswerAll([caller], await EnterTogetherAsync([caller]));
            }
            catch (DbUpdateException)
            {
                caller.Refuse(new ConflictException(TwoDevices));
            }
            catch (Exception failure)
            {
                caller.Refuse(failure);
            }
        }
    }

    /// <summary>
    /// The workshop, the attendances of the callers who may have one (members, returning guests), the new members'
    /// names: one read each for the whole batch; then each caller enters on their own (a refused one refuses only them)
    /// and the rows are saved together. Not the caller's cancellation: the batch's other callers wait for this write.
    /// </summary>
    private async Task<IReadOnlyList<BatchOutcome<Entered>>> EnterTogetherAsync(IReadOnlyList<BatchCaller<JoinDraft, Entered>> callers)
    {
        var code = callers[0].Item.Code;
        var keys = callers.Select(c => KeyOf(c.Item)).OfType<string>().Distinct().ToList();
        // What the context tracks for this batch: the workshop and the attendances read or added.
        var tracked = new Tracked();
        try
        {
            return await afterCommit.InTransactionAsync(db, async token =>
            {
                // A provider that retries the transaction (SQL Server's execution strategy) starts again from nothing.
                Forget(tracked);
                var workshop = await db.Workshops.FirstOrDefaultAsync(w => w.JoinCode == code, token);
                if (workshop is null)
                {
                    return [.. callers.Select(_ => new BatchOutcome<Entered>(null, new NotFoundException("Le code d'atelier", code)))];
                }

                tracked.Workshop = workshop;
                if (keys.Count > 0)
                {
                    await db.WorkshopAttendances.Where(a => a.WorkshopId == workshop.Id && keys.Contains(a.ParticipantKey))
                        .ForEachAsync(a => tracked.Attendances[a.ParticipantKey] = a, token);
                }

                var newMembers = callers.Select(c => c.Item.User.Id).OfType<Guid>().Where(id => !tracked.Attendances.ContainsKey(ParticipantIdentity.ForUser(id).Key)).Distinct().ToList();
                var names = newMembers.Count == 0
                    ? []
                    : await db.Users.Where(u => newMembers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, token);

                var now = clock.GetUtcNow();
                var outcomes = new List<BatchOutcome<Entered>>(callers.Count);
                foreach (var caller in callers)
                {
                    outcomes.Add(await EnterAsync(workshop, caller.Item, tracked, names, now, token));
                }

                if (outcomes.Any(o => o.Succeeded))
                {
                    // A refused write (an account entering from two devices at once) fails the whole batch, so no savepoint is needed.
                    await db.SaveChangesWithoutSavepointAsync(token);
                    live.PresenceChanged(workshop.Id);
                }

                return outcomes;
            }, CancellationToken.None);
        }
        catch
        {
            // What the failed transaction left tracked must not be written again by the next attempt.
            Forget(tracked);
            throw;
        }
    }

    private async Task<BatchOutcome<Entered>> EnterAsync(Workshop workshop, JoinDraft draft, Tracked tracked, Dictionary<Guid, string> names, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var isFacilitator = draft.User.Id is not null && await WorkshopAccess.CanRunAsync(db, workshop, draft.User, cancellationToken);
            if (isFacilitator)
            {
                workshop.OpenRoom(now);
            }

            return draft.User.Id is { } userId
                ? new(new(workshop, EnterMember(workshop, draft.User, userId, isFacilitator, tracked, names, now), null, isFacilitator, false), null)
                : new(EnterGuest(workshop, draft, tracked, now), null);
        }
        catch (DomainRuleException refusal)
        {
            return new(null, refusal);
        }
    }

    private Attendance EnterMember(Workshop workshop, CallerSnapshot member, Guid userId, bool isFacilitator, Tracked tracked, Dictionary<Guid, string> names, DateTimeOffset now)
    {
        var key = ParticipantIdentity.ForUser(userId).Key;
        if (tracked.Attendances.TryGetValue(key, out var existing))
        {
            existing.Rejoin(workshop, member.HighestRole(), member.OrganisationId, isFacilitator, now);
            return Reopened(existing);
        }

        var attendance = Attendance.ForMember(workshop, userId, names.GetValueOrDefault(userId) ?? "", member.HighestRole(), member.OrganisationId, isFacilitator, now);
        db.WorkshopAttendances.Add(attendance);
        tracked.Attendances[key] = attendance;
        return attendance;
    }

    private Entered EnterGuest(Workshop workshop, JoinDraft draft, Tracked tracked, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(draft.GuestToken) && tracked.Attendances.TryGetValue(ParticipantIdentity.ForGuestToken(draft.GuestToken).Key, out var existing))
        {
            existing.Rejoin(workshop, null, null, false, now);
            return new(workshop, Reopened(existing), draft.GuestToken, false, false);
        }

        var token = GuestTokens.New();
        var attendance = Attendance.ForGuest(workshop, token, draft.GuestName, now);
        db.WorkshopAttendances.Add(attendance);
        tracked.Attendances[attendance.ParticipantKey] = attendance;
        return new(workshop, attendance, token, false, true);
    }

    /// <summary>Whose attendance may already exist: a member's, or a guest's who brings the token of an earlier visit.</summary>
    private static string? KeyOf(JoinDraft draft) =>
        draft.User.Id is { } id ? ParticipantIdentity.ForUser(id).Key
        : string.IsNullOrWhiteSpace(draft.GuestToken) ? null
        : ParticipantIdentity.ForGuestToken(draft.GuestToken).Key;

    /// <summary>
    /// A rejoin always writes <c>LeftAt = NULL</c>, even when the row read said present: a node may record this
    /// participant's departure between that read and this commit (PostgreSQL's read committed takes no lock on the
    /// read), and writing only <c>LastJoinedAt</c> would then leave the person marked gone though connected. A row this
    /// batch adds (the same person twice in one batch) is inserted whole anyway.
    /// </summary>
    private Attendance Reopened(Attendance attendance)
    {
        var entry = db.WorkshopAttendances.Entry(attendance);
        if (entry.State != EntityState.Added)
        {
            entry.Property(a => a.LeftAt).IsModified = true;
        }

        return attendance;
    }

    private void Forget(Tracked tracked)
    {
        foreach (var attendance in tracked.Attendances.Values)
        {
            db.WorkshopAttendances.Entry(attendance).State = EntityState.Detached;
        }

        if (tracked.Workshop is { } workshop)
        {
            db.Workshops.Entry(workshop).State = EntityState.Detached;
        }

        tracked.Attendances.Clear();
        tracked.Workshop = null;
    }

    private sealed class Tracked
    {
        public Workshop? Workshop { get; set; }

        public Dictionary<string, Attendance> Attendances { get; } = [];
    }

}
