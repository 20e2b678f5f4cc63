using System.Diagnostics;

namespace Roadmap.Web.Realtime;

/// <summary>
/// At most one send per key (a room, a poll) per <paramref name="interval"/>: when each key was last sent
/// (<see cref="Stopwatch"/> ticks), a key forgotten once its interval has passed. Used by <see cref="LiveCoalescer"/>'s
/// single flushing loop only: not thread-safe.
/// </summary>
internal sealed class SendPace(TimeSpan interval)
{
    private readonly Dictionary<Guid, long> _sent = [];

    /// <summary>Forgets the keys whose interval has passed at <paramref name="now"/>: they may be sent again.</summary>
    public void Expire(long now)
    {
        foreach (var (key, sent) in _sent.ToList())
        {
            if (Stopwatch.GetElapsedTime(sent, now) >= interval)
            {
                _sent.Remove(key);
            }
        }
    }

    /// <summary>True when <paramref name="key"/> was not sent within the interval (after <see cref="Expire"/>).</summary>
    public bool Due(Guid key) => !_sent.ContainsKey(key);

    public void Sent(Guid key, long now) => _sent[key] = now;
}
