using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Timer;

internal static class TimerViews
{
    public static TimerView Of(Workshop workshop, DateTimeOffset now) => new(
        workshop.Id,
        workshop.IsTimerRunning(now),
        workshop.TimerStartedAt,
        workshop.TimerEndsAt,
        workshop.TimerStoppedAt,
        workshop.IsTimerRunning(now) ? (int)Math.Ceiling((workshop.TimerEndsAt!.Value - now).TotalSeconds) : 0,
        now);
}
