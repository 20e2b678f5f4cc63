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

/// <summary>A participant's last connection to the node dropped at <see cref="At"/>.</summary>
public sealed record Departure(string ParticipantKey, DateTimeOffset At);

internal sealed class RecordDeparturesHandler(IRoadmapDbContext db, ILiveNotifier live) : IRequestHandler<RecordDepartures, int>
{
    public async Task<int> Handle(RecordDepartures request, CancellationToken cancellationToken)
    {
        var departedAt = request.Departures.GroupBy(d => d.ParticipantKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(d => d.At), StringComparer.Ordinal);
        var keys = departedAt.Keys.ToList();
        var present = await db.WorkshopAttendances.AsNoTracking()
            .Where(a => a.WorkshopId == request.WorkshopId && a.LeftAt == null && keys.Contains(a.ParticipantKey))
            .Select(a => new { a.Id, a.ParticipantKey, a.LastJoinedAt })
            .ToListAsync(cancellationToken);

        // A departure never marks absent someone who joined again after it was noticed, here or on another node.
        var gone = present.Where(a => a.LastJoinedAt <= departedAt[a.ParticipantKey]).ToList();
        if (gone.Count == 0)
        {
            return 0;
        }

        // One statement for the batch, the latest departure as everyone's: a rejoin that commits between the read
        // above and this update happens after every departure of the batch, so the condition still spares it.
        var ids = gone.Select(a => a.Id).ToList();
        var leftAt = gone.Max(a => departedAt[a.ParticipantKey]);
        var closed = await db.WorkshopAttendances
            .Where(a => ids.Contains(a.Id) && a.LeftAt == null && a.LastJoinedAt <= leftAt)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.LeftAt, leftAt), cancellationToken);
        if (closed > 0)
        {
            live.PresenceChanged(request.WorkshopId);
        }

        return closed;
    }
}
