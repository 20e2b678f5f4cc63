namespace Roadmap.Demo.Writers;

/// <summary>
/// Places demo events in the past, relative to the seeding moment, so that the demo always looks
/// current: an event at fraction f of an action's life happens between its proposal (0) and now (1).
/// </summary>
internal sealed class DemoTimeline(DateTimeOffset now)
{
    public DateTimeOffset DaysAgo(int days) => now.AddDays(-days);

    public DateTimeOffset During(DemoProposal action, double fraction) =>
        action.ProposedAt + (now - action.ProposedAt) * Math.Clamp(fraction, 0, 0.98);
}
