namespace Roadmap.Web.Hubs;

/// <summary>A small token bucket, one per connection and limited method (no timer: refilled when asked).</summary>
internal sealed class TokenBucket(int burst, int perMinute, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private double _tokens = burst;
    private long _refilledAt = clock.GetTimestamp();

    public bool TryTake()
    {
        lock (_lock)
        {
            var now = clock.GetTimestamp();
            _tokens = Math.Min(burst, _tokens + (clock.GetElapsedTime(_refilledAt, now).TotalMinutes * perMinute));
            _refilledAt = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }
}
