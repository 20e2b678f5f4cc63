namespace Roadmap.Application.Tests.Fixtures;

/// <summary>A clock the test moves by hand (poll expiry, timers).</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
