namespace Roadmap.Application.Domain.Workshops;

/// <summary>Scheduled → Live (when a facilitator opens the room) → Closed; or Cancelled before it starts.</summary>
public enum WorkshopStatus
{
    Scheduled = 0,
    Live = 1,
    Closed = 2,
    Cancelled = 3,
}
