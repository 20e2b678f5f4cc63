namespace Roadmap.Application.Workshops.Timer;

/// <summary>
/// The facilitator's timer. Clients count down locally to <see cref="EndsAt"/>, corrected by the
/// difference between <see cref="ServerTime"/> and their own clock.
/// </summary>
public sealed record TimerView(Guid WorkshopId, bool Running, DateTimeOffset? StartedAt, DateTimeOffset? EndsAt, DateTimeOffset? StoppedAt, int RemainingSeconds, DateTimeOffset ServerTime);
