namespace Roadmap.Bench.LiveClient;

/// <summary>Messages received by all the connections of the live phase, by event, once counting is on.</summary>
internal sealed class LiveCounters
{
    public static readonly string[] Events =
    [
        "PresenceChanged", "ItemFocused", "PollOpened", "PollResults", "PollClosed", "IdeaPosted",
        "IdeaUpdated", "HandsChanged", "TimerChanged", "Reaction", "WorkshopEnded",
    ];

    private readonly long[] _received = new long[Events.Length];
    private volatile bool _counting;

    public void Start() => _counting = true;

    public void Count(string name)
    {
        if (_counting && Array.IndexOf(Events, name) is >= 0 and var index)
        {
            Interlocked.Increment(ref _received[index]);
        }
    }

    public long Total => Enumerable.Range(0, Events.Length).Sum(i => Interlocked.Read(ref _received[i]));

    public IReadOnlyDictionary<string, long> ByEvent() =>
        Events.Select((name, i) => (name, count: Interlocked.Read(ref _received[i]))).Where(e => e.count > 0).ToDictionary(e => e.name, e => e.count);
}
