using System.Collections.Concurrent;

namespace Roadmap.Web.Realtime;

/// <summary>
/// Counts this node's connections per participant, so that closing one of two tabs does not mark
/// the person as gone. (Across nodes a person on two nodes may briefly show as gone; they rejoin
/// on their next reconnect.)
/// </summary>
internal sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<(Guid WorkshopId, string Key), int> _connections = new();

    public void Connected(Guid workshopId, string participantKey) =>
        _connections.AddOrUpdate((workshopId, participantKey), 1, (_, count) => count + 1);

    /// <summary>Whether the participant has a connection here now (one made since a departure was noticed, say).</summary>
    public bool IsConnected(Guid workshopId, string participantKey) => _connections.ContainsKey((workshopId, participantKey));

    /// <summary>True when that was the participant's last connection here.</summary>
    public bool Disconnected(Guid workshopId, string participantKey)
    {
        while (true)
        {
            var key = (workshopId, participantKey);
            if (!_connections.TryGetValue(key, out var count))
            {
                return true;
            }

            if (count <= 1)
            {
                if (_connections.TryRemove(new KeyValuePair<(Guid, string), int>(key, count)))
                {
                    return true;
                }
            }
            else if (_connections.TryUpdate(key, count - 1, count))
            {
                return false;
            }
        }
    }
}
