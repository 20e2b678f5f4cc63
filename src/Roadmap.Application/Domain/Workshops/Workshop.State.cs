namespace Roadmap.Application.Domain.Workshops;

/// <summary>What a workshop's status allows, stated once: the entity's methods enforce it, queries carry it to the pages.</summary>
public sealed partial class Workshop
{
    /// <summary>Scheduled or live: people may still join it, and it is worth a place in one's calendar.</summary>
    public bool IsOpen => IsOpenIn(Status);

    /// <summary>Null while the workshop may be edited (it has not started); otherwise why not.</summary>
    public string? EditRefusal => Status == WorkshopStatus.Scheduled ? null : $"Cet atelier est « {Status.French()} » : il ne peut plus être modifié.";

    /// <summary>Null while the workshop may be cancelled (it has not started); otherwise why not.</summary>
    public string? CancelRefusal => Status == WorkshopStatus.Scheduled ? null : $"Cet atelier est « {Status.French()} » : seul un atelier à venir peut être annulé.";

    /// <summary>Null once the workshop is over and its minutes may be written; otherwise why not.</summary>
    public string? MinutesRefusal => Status == WorkshopStatus.Closed ? null : "Le compte rendu s'écrit une fois l'atelier terminé.";

    /// <summary>
    /// Listed under « à venir et en cours »: an open workshop, even past its hour (the facilitators may
    /// still open it), and a cancelled one until the hour it would have ended, so the cancellation is seen.
    /// </summary>
    public bool IsUpcomingAt(DateTimeOffset now) => IsUpcoming(Status, EndsAt, now);

    /// <summary><see cref="IsOpen"/> for a list that reads only the columns it shows.</summary>
    public static bool IsOpenIn(WorkshopStatus status) => status is WorkshopStatus.Scheduled or WorkshopStatus.Live;

    /// <summary><see cref="IsUpcomingAt"/> for a list that reads only the columns it shows.</summary>
    public static bool IsUpcoming(WorkshopStatus status, DateTimeOffset endsAt, DateTimeOffset now) =>
        IsOpenIn(status) || (status == WorkshopStatus.Cancelled && endsAt >= now);
}
