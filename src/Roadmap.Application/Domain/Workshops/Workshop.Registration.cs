namespace Roadmap.Application.Domain.Workshops;

/// <summary>When people may sign up for a workshop, and how its calendar event is versioned.</summary>
public sealed partial class Workshop
{
    /// <summary>Null while people may register or unregister (scheduled and not begun); otherwise why not.</summary>
    public string? RegistrationRefusalAt(DateTimeOffset now) =>
        Status != WorkshopStatus.Scheduled ? $"Cet atelier est « {Status.French()} » : les inscriptions sont closes."
        : StartsAt <= now ? "L'atelier a commencé : les inscriptions sont closes."
        : null;

    /// <summary>
    /// The iCalendar SEQUENCE, derived from the last change since no column holds it: whole seconds from
    /// the creation to the last update, one more once cancelled so the cancellation always wins.
    /// </summary>
    public int CalendarSequence =>
        (int)Math.Min(int.MaxValue - 1, Math.Max(0, (UpdatedAt - CreatedAt).TotalSeconds)) + (Status == WorkshopStatus.Cancelled ? 1 : 0);

    /// <summary>Where it happens in a calendar's LOCATION: the address, else the visio link.</summary>
    public string CalendarLocation =>
        string.IsNullOrWhiteSpace(Address)
            ? VisioLink
            : string.Join(", ", Address.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
