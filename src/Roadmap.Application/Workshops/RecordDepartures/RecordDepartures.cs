using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Workshops.RecordDepartures;

/// <summary>
/// Marks as gone the participants whose last connection to a node dropped, a room's batch at a time: the hub
/// gathers them for ~200 ms (issue 14), so a reconnect storm's 2,000 dropped sockets cost one transaction and one
/// <c>PresenceChanged</c> per batch instead of one each. Sent by the web node itself, never by a client: the keys
/// come from the connections' own sessions, made by <c>Join</c>. Returns how many attendances it closed.
/// </summary>
public sealed record RecordDepartures(Guid WorkshopId, IReadOnlyList<Departure> Departures) : IRequest<int>;

/// <summary>
/// A participant's last connection to the node dropped; the node noticed it at <see cref="At"/>. <see cref="JoinedAt"/> is
/// the instant of the latest join that node recorded for them (<c>JoinResult.JoinedAt</c>): only that join is closed, so a
/// departure noticed late — a dead socket is noticed only when its keep-alive times out — never marks absent someone who
/// joined again meanwhile, on this node or another.
/// </summary>
public sealed record Departure(string ParticipantKey, DateTimeOffset JoinedAt, DateTimeOffset At);

internal sealed class RecordDeparturesHandler(IRoadmapDbContext db, ILiveNotifier live) : IRequestHandler<RecordDepartures, int>
{
    public async Task<int> Handle(RecordDepartures request, CancellationToken cancellationToken)
    {
        var departures = request.Departures.GroupBy(d => d.ParticipantKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (JoinedAt: g.Max(d => d.JoinedAt), At: g.Max(d => d.At)), StringComparer.Ordinal);
        var keys = departures.Keys.ToList();
        var present = await db.WorkshopAttendances.AsNoTracking()
            .Where(a => a.WorkshopId == request.WorkshopId && a.LeftAt == null && keys.Contains(a.ParticipantKey))
            .Select(a => new { a.Id, a.ParticipantKey, a.LastJoinedAt })
            .ToListAsync(cancellationToken);

        // A departure closes the join its connection made, never a later one.
        var gone = present.Where(a => a.LastJoinedAt <= departures[a.ParticipantKey].JoinedAt).ToList();
        if (gone.Count == 0)
        {
            return 0;
        }

        // One statement for the batch, which closes a row only if it still holds the join read above: a rejoin that
        // commits in between (a storm's returns race its departures) moves that join, so the row is spared.
        var ids = gone.Select(a => a.Id).ToList();
        var joins = gone.Select(a => a.LastJoinedAt).Distinct().ToList();
        var leftAt = gone.Max(a => departures[a.ParticipantKey].At);
        var closed = await db.WorkshopAttendances
            .Where(a => ids.Contains(a.Id) && a.LeftAt == null && joins.Contains(a.LastJoinedAt))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.LeftAt, leftAt), cancellationToken);
        if (closed > 0)
        {
            live.PresenceChanged(request.WorkshopId);
        }

        return closed;
    }
}
