using System.Globalization;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

/// <summary>
/// What the create and edit forms post. The date, time and duration stay text so a typo gets a
/// message next to its field; the date and time are Paris wall-clock time, sent as a UTC instant.
/// </summary>
public sealed class WorkshopFormModel
{
    /// <summary>Error keys of the values read by the form itself (the others are the request's: <c>Draft.Title</c>…).</summary>
    public const string DateField = "Date";
    public const string TimeField = "Time";
    public const string DurationField = "Draft.DurationMinutes";
    public const int DefaultDurationMinutes = 120;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Which submit button was pressed: <see cref="WorkshopFormCommands"/>.</summary>
    public string Command { get; set => field = value ?? ""; } = "";

    /// <summary>Drawn when the form is first shown: a second click on « Programmer » finds the workshop already created.</summary>
    public Guid SubmissionKey { get; set; }

    public string Title { get; set => field = value ?? ""; } = "";

    /// <summary>yyyy-MM-dd, as an <c>input type=date</c> sends it.</summary>
    public string Date { get; set => field = value ?? ""; } = "";

    /// <summary>HH:mm, as an <c>input type=time</c> sends it.</summary>
    public string Time { get; set => field = value ?? ""; } = "";

    public string Duration { get; set => field = value ?? ""; } = DefaultDurationMinutes.ToString(Invariant);

    public WorkshopMode Mode { get; set; } = WorkshopMode.Visio;

    public string VisioLink { get; set => field = value ?? ""; } = "";

    public string Address { get; set => field = value ?? ""; } = "";

    public bool AllowGuests { get; set; }

    public List<Guid> CoFacilitatorIds { get; set => field = value ?? []; } = [];

    public List<AgendaRow> Agenda { get; set => field = value ?? []; } = [];

    public static WorkshopFormModel From(WorkshopDraft draft)
    {
        var local = FrenchFormat.ToParis(draft.StartsAt);
        return new WorkshopFormModel
        {
            Title = draft.Title,
            Date = local.ToString("yyyy-MM-dd", Invariant),
            Time = local.ToString("HH:mm", Invariant),
            Duration = draft.DurationMinutes.ToString(Invariant),
            Mode = draft.Mode,
            VisioLink = draft.VisioLink ?? "",
            Address = draft.Address ?? "",
            AllowGuests = draft.AllowGuests,
            CoFacilitatorIds = [.. draft.CoFacilitatorIds],
            Agenda = [.. draft.Agenda.Select(AgendaRow.From)],
        };
    }

    /// <summary>
    /// What a post of the form asks for: an agenda command (applied here, the form comes back: null), or the
    /// draft to send; null with <paramref name="error"/> when a value cannot be read.
    /// </summary>
    public WorkshopDraft? DraftToSend(out UseCaseError? error)
    {
        error = null;
        if (WorkshopFormCommands.TryApply(this, Command))
        {
            return null;
        }

        var unreadable = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var draft = ToDraft(unreadable);
        if (unreadable.Count == 0)
        {
            return draft;
        }

        error = UseCaseError.From(new ValidationFailedException(unreadable));
        return null;
    }

    /// <summary>
    /// The draft to send; rows left entirely blank are dropped first so that error keys
    /// (<c>Draft.Agenda[1].Topic</c>) count the rows shown. Values that cannot be read go to <paramref name="errors"/>.
    /// </summary>
    public WorkshopDraft ToDraft(Dictionary<string, string[]> errors)
    {
        Agenda.RemoveAll(r => r.AxisId.Length == 0 && r.ActionIds.Count == 0 && string.IsNullOrWhiteSpace(r.Topic));
        return new WorkshopDraft(
            Title,
            ReadStart(errors) ?? default,
            ReadDuration(errors),
            Mode,
            VisioLink,
            Address,
            AllowGuests,
            [.. CoFacilitatorIds.Distinct()],
            [.. Agenda.Select(r => r.ToDraft())]);
    }

    private DateTimeOffset? ReadStart(Dictionary<string, string[]> errors)
    {
        var dayRead = DateOnly.TryParseExact(Date.Trim(), "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var day)
            || DateOnly.TryParseExact(Date.Trim(), "d/M/yyyy", Invariant, DateTimeStyles.None, out day);
        if (!dayRead)
        {
            errors[DateField] = [Date.Length == 0 ? "Indiquez la date de l'atelier." : "La date doit être au format jj/mm/aaaa (exemple : 12/05/2026)."];
        }

        if (!TimeOnly.TryParseExact(Time.Trim(), ["HH:mm", "H:mm", "HH:mm:ss", "H'h'mm", "H'h'"], Invariant, DateTimeStyles.None, out var time))
        {
            errors[TimeField] = [Time.Length == 0 ? "Indiquez l'heure de début." : "L'heure doit être au format hh:mm (exemple : 18:30)."];
            return null;
        }

        if (!dayRead)
        {
            return null;
        }

        var start = WorkshopText.FromParis(day, time);
        if (start is null)
        {
            errors[TimeField] = ["Cette heure n'existe pas ce jour-là (passage à l'heure d'été) : choisissez-en une autre."];
        }

        return start;
    }

    private int ReadDuration(Dictionary<string, string[]> errors)
    {
        if (int.TryParse(Duration.Trim(), NumberStyles.None, Invariant, out var minutes))
        {
            return minutes;
        }

        errors[DurationField] = ["La durée doit être un nombre de minutes (exemple : 90)."];
        return 0;
    }
}
