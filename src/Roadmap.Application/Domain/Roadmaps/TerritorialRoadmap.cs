using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Domain.Roadmaps;

/// <summary>
/// A « feuille de route ». Named TerritorialRoadmap because a type called Roadmap would clash
/// with the root namespace.
/// </summary>
public sealed partial class TerritorialRoadmap
{
    public const int TitleMaxLength = 160;
    public const int SlugMaxLength = 80;
    public const int DescriptionMaxLength = 20_000;
    public const int SummaryMaxLength = 300;
    public const int PhaseMessageMaxLength = 2_000;

    /// <summary>The refusal of an axis taken from another roadmap, wherever an axis is chosen.</summary>
    public const string ForeignAxis = "L'axe choisi n'appartient pas à cette feuille de route.";

    private readonly List<PhaseSchedule> _phases = [];
    private readonly List<StrategicAxis> _axes = [];

    private TerritorialRoadmap() { }

    public Guid Id { get; private set; }
    public Guid OwnerOrganisationId { get; private set; }
    public string Title { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string Description { get; private set; } = "";
    public RoadmapPhase CurrentPhase { get; private set; }
    public VotingRules VotingRules { get; private set; } = VotingRules.Open;
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A sentence or two for lists and cards.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>Set once archived: read-only, still public.</summary>
    public DateTimeOffset? ArchivedAt { get; private set; }

    /// <summary>Whether the roadmap moves to the next phase by itself on the scheduled start date.</summary>
    public bool AdvancesAutomatically { get; private set; }

    /// <summary>The public message of the last phase change, and when it happened.</summary>
    public string? PhaseMessage { get; private set; }
    public DateTimeOffset? PhaseChangedAt { get; private set; }

    public IReadOnlyList<PhaseSchedule> Phases => _phases;
    public IReadOnlyList<StrategicAxis> Axes => _axes;

    public static TerritorialRoadmap Create(Organisation owner, string title, string slug, string description, DateTimeOffset now)
    {
        return new TerritorialRoadmap
        {
            Id = Guid.NewGuid(),
            OwnerOrganisationId = owner.Id,
            Title = Guard.Text(title, TitleMaxLength, "Le titre"),
            Slug = Slugs.Validate(slug),
            Description = Guard.OptionalText(description, DescriptionMaxLength, "La description"),
            CurrentPhase = RoadmapPhase.Diagnostic,
            CreatedAt = now,
        };
    }

    public bool AcceptsProposals => ArchivedAt is null && CurrentPhase == RoadmapPhase.Concertation;

    public bool AcceptsSupports => ArchivedAt is null && CurrentPhase is RoadmapPhase.Concertation or RoadmapPhase.Ateliers;

    /// <summary>
    /// Whether support counts are kept from the public now (against bandwagon effects): the rules may hide
    /// them while supports are collected; they show once the roadmap moves to Arbitrage or is archived.
    /// The roadmap's team always sees them, and a person always sees their own support.
    /// </summary>
    public bool HidesSupportCounts => !VotingRules.CountsShownDuringPhase && AcceptsSupports;

    public bool AcceptsComments => ArchivedAt is null && CurrentPhase is not RoadmapPhase.Adoptee;

    public void Schedule(RoadmapPhase phase, DateOnly startsOn, DateOnly? endsOn)
    {
        if (endsOn is { } end && end < startsOn)
        {
            throw new DomainRuleException("La fin d'une phase ne peut pas précéder son début.");
        }

        _phases.RemoveAll(p => p.Phase == phase);
        _phases.Add(new PhaseSchedule(phase, startsOn, endsOn));
        _phases.Sort((a, b) => a.Phase.CompareTo(b.Phase));
    }

    /// <summary>Moves the roadmap forward; phases never go back, so published decisions stay put.</summary>
    public void AdvanceTo(RoadmapPhase phase)
    {
        if (phase <= CurrentPhase)
        {
            throw new DomainRuleException($"La feuille de route est déjà en phase « {CurrentPhase.French()} » : elle ne peut pas revenir en arrière.");
        }

        CurrentPhase = phase;
    }

    public void ChangeVotingRules(VotingRules rules)
    {
        EnsureNotArchived();
        if (rules.MaxSupportsPerParticipant is <= 0)
        {
            throw new DomainRuleException("Le nombre maximal de soutiens doit être positif.");
        }

        VotingRules = rules;
    }

    public bool AllowsSupportFrom(ParticipantRole role) => AcceptsSupports && VotingRules.Allows(role);

    public bool HasAxis(Guid axisId) => _axes.Any(a => a.Id == axisId);

    public StrategicAxis AddAxis(string title, string description)
    {
        var axis = StrategicAxis.Create(this, _axes.Count + 1, title, description);
        _axes.Add(axis);
        return axis;
    }
}
