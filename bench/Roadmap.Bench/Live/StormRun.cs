using Roadmap.Bench.LiveClient;

namespace Roadmap.Bench.Live;

/// <summary>
/// The reconnect storm as measured (<see cref="StormReport"/>), with what the host checked: the first
/// poll still counts the ballots acknowledged before the storm, and the second poll's ballots stored in
/// the database equal those acknowledged after it. <see cref="ReturnCpu"/> is the server's CPU time from the abort
/// to the last participant back (the departures, the joins and the <c>GetState</c>s; not the second poll).
/// </summary>
internal sealed record StormRun(StormReport Report, int FirstAcknowledged, int StoredSecond, TimeSpan ReturnCpu)
{
    public const double TargetSeconds = 10;

    public bool TallyHolds =>
        Report.FirstPollBallotsAfter == FirstAcknowledged
        && Report.SecondClosedBallots == Report.SecondAcknowledged
        && Report.SecondClosedPerOption.SequenceEqual(Report.SecondAcknowledgedPerOption)
        && StoredSecond == Report.SecondAcknowledged
        && Report.SawDifferentSecondClose == 0;

    /// <summary>Every participant came back as themselves with a matching state, and voted again.</summary>
    public bool Complete => Report.Failed == 0 && Report.Stale == 0 && Report.SecondRefused == 0 && Report.SecondAcknowledged == Report.Dropped;

    public bool Passed => TallyHolds && Complete;

    public bool MeetsTarget => Passed && Report.RecoveredSeconds < TargetSeconds && Report.ServerPresent == Report.ExpectedPresent;
}
