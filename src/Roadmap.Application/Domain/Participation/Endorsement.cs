using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Domain.Participation;

/// <summary>A co-signature of an action by a collectivity, given by one of its elected officials.</summary>
public sealed class Endorsement
{
    private Endorsement() { }

    public Guid Id { get; private set; }
    public Guid ActionId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid? EndorsedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Endorsement Give(RoadmapAction action, Guid userId, ParticipantRole role, Guid? organisationId, DateTimeOffset now)
    {
        if (role != ParticipantRole.ElectedOfficial)
        {
            throw new DomainRuleException("Seul·es les élu·es peuvent co-signer une action au nom de leur collectivité.");
        }

        if (organisationId is not { } orgId)
        {
            throw new DomainRuleException("Votre compte n'est rattaché à aucune collectivité.");
        }

        if (action.Status is ActionStatus.Withdrawn or ActionStatus.Merged or ActionStatus.NotRetained)
        {
            throw new DomainRuleException("Cette action n'est plus active.");
        }

        return new Endorsement { Id = Guid.NewGuid(), ActionId = action.Id, OrganisationId = orgId, EndorsedById = userId, CreatedAt = now };
    }
}
