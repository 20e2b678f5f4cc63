namespace Roadmap.Application.Domain.Workshops;

public sealed partial class Workshop
{
    public const int MinTimerSeconds = 10;
    public const int MaxTimerSeconds = 3 * 60 * 60;

    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public Guid? FocusedItemId { get; private set; }
    public DateTimeOffset? FocusedAt { get; private set; }
    public DateTimeOffset? TimerStartedAt { get; private set; }
    public DateTimeOffset? TimerEndsAt { get; private set; }
    public DateTimeOffset? TimerStoppedAt { get; private set; }

    public bool IsTimerRunning(DateTimeOffset now) => TimerEndsAt > now && TimerStoppedAt is null;

    /// <summary>Participants may join a workshop that is scheduled (waiting room) or live.</summary>
    public void EnsureJoinable()
    {
        if (!IsOpen)
        {
            throw new DomainRuleException($"Cet atelier est {Status.French().ToLowerInvariant()} : il n'est plus possible de le rejoindre.");
        }
    }

    /// <summary>Everything that happens in the room (votes, ideas, hands…) needs the room open.</summary>
    public void EnsureLive()
    {
        if (Status == WorkshopStatus.Scheduled)
        {
            throw new DomainRuleException("L'atelier n'a pas encore commencé : patientez jusqu'à l'arrivée de l'animation.");
        }

        if (Status != WorkshopStatus.Live)
        {
            throw new DomainRuleException($"Cet atelier est {Status.French().ToLowerInvariant()} : plus rien ne peut y être ajouté.");
        }
    }

    /// <summary>The room opens when a facilitator joins it; later joins change nothing.</summary>
    public bool OpenRoom(DateTimeOffset now)
    {
        EnsureJoinable();
        if (Status == WorkshopStatus.Live)
        {
            return false;
        }

        Status = WorkshopStatus.Live;
        StartedAt = now;
        UpdatedAt = now;
        return true;
    }

    public void Focus(Guid agendaItemId, DateTimeOffset now)
    {
        EnsureLive();
        if (_agenda.All(i => i.Id != agendaItemId))
        {
            throw new DomainRuleException("Ce point ne figure pas à l'ordre du jour de l'atelier.");
        }

        FocusedItemId = agendaItemId;
        FocusedAt = now;
        UpdatedAt = now;
    }

    public void StartTimer(int seconds, DateTimeOffset now)
    {
        EnsureLive();
        if (seconds is < MinTimerSeconds or > MaxTimerSeconds)
        {
            throw new DomainRuleException($"Le minuteur doit durer entre {MinTimerSeconds} secondes et {MaxTimerSeconds / 3600} heures.");
        }

        TimerStartedAt = now;
        TimerEndsAt = now.AddSeconds(seconds);
        TimerStoppedAt = null;
        UpdatedAt = now;
    }

    public void StopTimer(DateTimeOffset now)
    {
        EnsureLive();
        if (!IsTimerRunning(now))
        {
            throw new DomainRuleException("Aucun minuteur n'est en cours.");
        }

        TimerStoppedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Closes the room; polls, hands and attendance are closed by the use case around it.</summary>
    public void End(DateTimeOffset now)
    {
        EnsureLive();
        Status = WorkshopStatus.Closed;
        EndedAt = now;
        if (IsTimerRunning(now))
        {
            TimerStoppedAt = now;
        }

        UpdatedAt = now;
    }
}
