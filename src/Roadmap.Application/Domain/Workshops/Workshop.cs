using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Domain.Workshops;

/// <summary>
/// An « atelier » of a roadmap: scheduled by a facilitator, run live over the hub, closed with
/// minutes. The live parts (focus, timer, minutes) are in the other parts of this class.
/// </summary>
public sealed partial class Workshop
{
    public const int TitleMaxLength = 160;
    public const int VisioLinkMaxLength = 500;
    public const int AddressMaxLength = 300;
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 8 * 60;
    public const int MaxCoFacilitators = 10;
    public const int MaxAgendaItems = 30;
    public const int CancelReasonMaxLength = 500;

    public static readonly TextLimit TitleLimit = new("Le titre", TitleMaxLength);

    private readonly List<Guid> _coFacilitatorIds = [];
    private readonly List<AgendaItem> _agenda = [];

    private Workshop() { }

    public Guid Id { get; private set; }
    public Guid RoadmapId { get; private set; }
    public string Title { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public int DurationMinutes { get; private set; }
    public WorkshopMode Mode { get; private set; }
    public string VisioLink { get; private set; } = "";
    public string Address { get; private set; } = "";
    public bool AllowGuests { get; private set; }

    /// <summary>Unique across workshops; see <see cref="JoinCodes"/>.</summary>
    public string JoinCode { get; private set; } = "";
    public Guid CreatedById { get; private set; }

    /// <summary>Drawn once per scheduling form: a double submit finds the workshop it already created (unique per creator).</summary>
    public Guid? SubmissionKey { get; private set; }
    public IReadOnlyList<Guid> CoFacilitatorIds => _coFacilitatorIds;
    public IReadOnlyList<AgendaItem> Agenda => _agenda;
    public WorkshopStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string CancelReason { get; private set; } = "";

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);

    public static Workshop Schedule(
        TerritorialRoadmap roadmap, WorkshopDraft draft, ISet<Guid> roadmapActionIds, Guid createdById, string joinCode, DateTimeOffset now, Guid? submissionKey = null)
    {
        roadmap.EnsureNotArchived();
        if (roadmap.CurrentPhase >= RoadmapPhase.Adoptee)
        {
            throw new DomainRuleException($"La feuille de route est en phase « {roadmap.CurrentPhase.French()} » : il n'est plus temps d'organiser des ateliers.");
        }

        if (draft.StartsAt < now.AddHours(-1))
        {
            throw new DomainRuleException("La date de l'atelier est déjà passée.");
        }

        var workshop = new Workshop
        {
            Id = Guid.NewGuid(),
            RoadmapId = roadmap.Id,
            CreatedById = createdById,
            SubmissionKey = submissionKey,
            JoinCode = JoinCodes.Normalize(joinCode) ?? throw new ArgumentException("Invalid join code.", nameof(joinCode)),
            Status = WorkshopStatus.Scheduled,
            CreatedAt = now,
        };
        workshop.Apply(roadmap, draft, roadmapActionIds, now);
        return workshop;
    }

    /// <summary>Who may run this workshop: its creator and co-facilitators (the role is checked by the caller).</summary>
    public bool IsRunBy(Guid userId) => userId == CreatedById || _coFacilitatorIds.Contains(userId);

    public void Edit(TerritorialRoadmap roadmap, WorkshopDraft draft, ISet<Guid> roadmapActionIds, DateTimeOffset now)
    {
        if (EditRefusal is { } refusal)
        {
            throw new DomainRuleException(refusal);
        }

        if (draft.StartsAt != StartsAt && draft.StartsAt < now.AddHours(-1))
        {
            throw new DomainRuleException("La date de l'atelier est déjà passée.");
        }

        Apply(roadmap, draft, roadmapActionIds, now);
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        if (CancelRefusal is { } refusal)
        {
            throw new DomainRuleException(refusal);
        }

        CancelReason = Guard.Text(reason, CancelReasonMaxLength, "Le motif d'annulation");
        Status = WorkshopStatus.Cancelled;
        CancelledAt = now;
        UpdatedAt = now;
    }

    private void Apply(TerritorialRoadmap roadmap, WorkshopDraft draft, ISet<Guid> roadmapActionIds, DateTimeOffset now)
    {
        if (roadmap.Id != RoadmapId)
        {
            throw new DomainRuleException("L'atelier appartient à une autre feuille de route.");
        }

        if (draft.DurationMinutes is < MinDurationMinutes or > MaxDurationMinutes)
        {
            throw new DomainRuleException($"La durée doit être comprise entre {MinDurationMinutes} minutes et {MaxDurationMinutes / 60} heures.");
        }

        var coFacilitators = draft.CoFacilitatorIds.Distinct().Where(id => id != CreatedById).ToList();
        if (coFacilitators.Count > MaxCoFacilitators)
        {
            throw new DomainRuleException($"Un atelier compte au plus {MaxCoFacilitators} co-animateur·rices.");
        }

        if (draft.Agenda.Count > MaxAgendaItems)
        {
            throw new DomainRuleException($"L'ordre du jour compte au plus {MaxAgendaItems} points.");
        }

        Title = Guard.Text(draft.Title, TitleLimit);
        StartsAt = draft.StartsAt;
        DurationMinutes = draft.DurationMinutes;
        Mode = draft.Mode;
        VisioLink = draft.Mode == WorkshopMode.InPerson ? "" : CheckedLink(draft.VisioLink);
        Address = draft.Mode == WorkshopMode.Visio ? "" : Guard.Text(draft.Address, AddressMaxLength, "L'adresse");
        AllowGuests = draft.AllowGuests;
        _coFacilitatorIds.Clear();
        _coFacilitatorIds.AddRange(coFacilitators);
        var axisIds = roadmap.Axes.Select(a => a.Id).ToHashSet();
        _agenda.Clear();
        _agenda.AddRange(draft.Agenda.Select((item, index) => AgendaItem.From(item, index + 1, axisIds, roadmapActionIds)));
        UpdatedAt = now;
    }

    private static string CheckedLink(string? link)
    {
        var text = Guard.Text(link, VisioLinkMaxLength, "Le lien de visioconférence");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new DomainRuleException("Le lien de visioconférence doit être une adresse web (https://…).");
        }

        return text;
    }
}
