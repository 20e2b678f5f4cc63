using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Roadmaps.Admin.SchedulePhases;

namespace Roadmap.Demo.Content;

/// <summary>
/// A demo roadmap's calendar, in days from the seeding day (negative: in the past): the day each phase
/// starts, in the order of <see cref="RoadmapPhase"/>; each phase ends the day before the next one starts,
/// the last one on <see cref="LastEnds"/>.
/// </summary>
internal sealed record DemoSchedule(IReadOnlyList<int> Starts, int LastEnds)
{
    public IReadOnlyList<PhaseDates> On(DateOnly today) =>
    [
        .. Starts.Select((start, i) => new PhaseDates(
            (RoadmapPhase)i,
            today.AddDays(start),
            today.AddDays(i + 1 < Starts.Count ? Starts[i + 1] - 1 : LastEnds))),
    ];
}
