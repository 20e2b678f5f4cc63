namespace Roadmap.Application.Domain.Workshops;

/// <summary>
/// A participant's hand: one row per participant and workshop, raised again as often as needed.
/// The queue is the raised hands in <see cref="RaisedAt"/> order.
/// </summary>
public sealed class RaisedHand
{
    private RaisedHand() { }

    public Guid Id { get; private set; }
    public Guid WorkshopId { get; private set; }
    public string ParticipantKey { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public DateTimeOffset RaisedAt { get; private set; }
    public DateTimeOffset? LoweredAt { get; private set; }
    public DateTimeOffset? CalledAt { get; private set; }

    public bool IsRaised => LoweredAt is null && CalledAt is null;

    public static RaisedHand Raise(Workshop workshop, Attendance participant, DateTimeOffset now)
    {
        workshop.EnsureLive();
        return new RaisedHand
        {
            Id = Guid.NewGuid(),
            WorkshopId = workshop.Id,
            ParticipantKey = participant.ParticipantKey,
            DisplayName = participant.DisplayName,
            RaisedAt = now,
        };
    }

    /// <summary>Raises it again; already raised keeps its place in the queue.</summary>
    public void RaiseAgain(Workshop workshop, DateTimeOffset now)
    {
        workshop.EnsureLive();
        if (IsRaised)
        {
            return;
        }

        RaisedAt = now;
        LoweredAt = null;
        CalledAt = null;
    }

    public void Lower(Workshop workshop, DateTimeOffset now)
    {
        workshop.EnsureLive();
        if (!IsRaised)
        {
            throw new DomainRuleException("Votre main n'est pas levée.");
        }

        LoweredAt = now;
    }

    public void Call(DateTimeOffset now) => CalledAt = now;

    /// <summary>At the end of the workshop the queue empties.</summary>
    public void Close(DateTimeOffset now)
    {
        if (IsRaised)
        {
            LoweredAt = now;
        }
    }
}
