using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Domain.Participation;

/// <summary>
/// A « soutien ». The supporter's role and organisation are copied at the time of support so
/// tallies by role stay right; <see cref="UserId"/> becomes null if the account is deleted and the
/// support still counts, anonymously.
/// </summary>
public sealed class Support
{
    private Support() { }

    public Guid Id { get; private set; }
    public Guid ActionId { get; private set; }
    public Guid? UserId { get; private set; }
    public ParticipantRole Role { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Support Give(TerritorialRoadmap roadmap, RoadmapAction action, Guid userId, ParticipantRole role, Guid? organisationId, DateTimeOffset now)
    {
        if (!roadmap.AcceptsSupports)
        {
            throw new DomainRuleException(roadmap.ClosedBecause("Les soutiens sont fermés"));
        }

        if (!roadmap.VotingRules.Allows(role))
        {
            throw new DomainRuleException("Sur cette feuille de route, seuls les élu·es et les acteurs du territoire peuvent soutenir des actions.");
        }

        if (!action.IsOpenForSupport)
        {
            throw new DomainRuleException($"Cette action ne peut plus être soutenue (statut « {action.Status.French()} »).");
        }

        return new Support
        {
            Id = Guid.NewGuid(),
            ActionId = action.Id,
            UserId = userId,
            Role = role,
            OrganisationId = organisationId,
            CreatedAt = now,
        };
    }
}
