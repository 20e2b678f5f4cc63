using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Domain.Standing;

/// <summary>
/// A person's claim to a standing in a roadmap's territory (« élu·e de la commune de Champagné »,
/// « je représente l'association X »), reviewed by the roadmap's managers or an Administrator. An
/// approved claim sets the person's organisation and role; tallies by role and by organisation count
/// verified standings only.
/// </summary>
public sealed class StandingClaim
{
    public const int StatementMaxLength = 500;
    public const int ReasonMaxLength = 1_000;

    private StandingClaim() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }

    /// <summary>The roadmap the person takes part in: its managers review the claim.</summary>
    public Guid RoadmapId { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>ElectedOfficial or Actor.</summary>
    public ParticipantRole Role { get; private set; }

    /// <summary>The person's own words (« adjointe au maire chargée du numérique »).</summary>
    public string Statement { get; private set; } = "";
    public StandingStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Who decided (an account id kept as a fact, not a foreign key).</summary>
    public Guid? DecidedById { get; private set; }

    /// <summary>Given with a refusal (and optionally with an approval); shown to the person.</summary>
    public string? DecisionReason { get; private set; }

    public static StandingClaim Submit(Guid userId, Guid roadmapId, Guid organisationId, ParticipantRole role, string statement, DateTimeOffset now)
    {
        if (role is not (ParticipantRole.ElectedOfficial or ParticipantRole.Actor))
        {
            throw new DomainRuleException("Une qualité se demande comme élu·e ou comme acteur du territoire.");
        }

        return new StandingClaim
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            RoadmapId = roadmapId,
            OrganisationId = organisationId,
            Role = role,
            Statement = Guard.OptionalText(statement, StatementMaxLength, "La précision"),
            Status = StandingStatus.Pending,
            CreatedAt = now,
        };
    }

    public void Approve(Guid deciderId, string? reason, DateTimeOffset now) => Decide(StandingStatus.Approved, deciderId, reason, now);

    public void Refuse(Guid deciderId, string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Un refus doit être motivé : la personne lira ce motif.");
        }

        Decide(StandingStatus.Refused, deciderId, reason, now);
    }

    private void Decide(StandingStatus status, Guid deciderId, string? reason, DateTimeOffset now)
    {
        if (Status != StandingStatus.Pending)
        {
            throw new DomainRuleException("Cette demande a déjà été traitée.");
        }

        Status = status;
        DecidedById = deciderId;
        DecidedAt = now;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : Guard.Text(reason, ReasonMaxLength, "Le motif");
    }
}
