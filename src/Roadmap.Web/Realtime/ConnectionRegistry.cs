using System.Collections.Concurrent;

namespace Roadmap.Web.Realtime;

/// <summary>
/// Counts this node's connections per participant, so that closing one of two tabs does not mark
/// the person as gone. (Across nodes a person on two nodes may briefly show as gone; they rejoin
/// on their next reconnect.)
/// </summary>
internal sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<(Guid WorkshopId, string Key), Joins> _connections = new();

    /// <param name="joinedAt">The instant the connection's join was recorded.</param>
    public void Connected(Guid workshopId, string participantKey, DateTimeOffset joinedAt) =>
        _connections.AddOrUpdate((workshopId, participantKey), new Joins(1, joinedAt), (_, joins) => new Joins(joins.Count + 1, joins.Latest > joinedAt ? joins.Latest : joinedAt));

    /// <summary>Whether the participant has a connection here now (one made since a departure was noticed, say).</summary>
    public bool IsConnected(Guid workshopId, string participantKey) => _connections.ContainsKey((workshopId, participantKey));

    /// <summary>
    /// True when that was the participant's last connection here; <paramref name="latestJoin"/> is then the latest join
    /// made here (<paramref name="joinedAt"/>, the closing connection's own, when none is counted).
    /// </summary>
    public bool Disconnected(Guid workshopId, string participantKey, DateTimeOffset joinedAt, out DateTimeOffset latestJoin)
    {
        var key = (workshopId, participantKey);
        while (true)
        {
            if (!_connections.TryGetValue(key, out var joins))
            {
                latestJoin = joinedAt;
                return true;
            }

            latestJoin = joins.Latest;
            if (joins.Count <= 1)
            {
                if (_connections.TryRemove(new KeyValuePair<(Guid, string), Joins>(key, joins)))
                {
                    return true;
                }
            }
            else if (_connections.TryUpdate(key, joins with { Count = joins.Count - 1 }, joins))
            {
                return false;
            }
        }
    }

    private sealed record Joins(int Count, DateTimeOffset Latest);
}
