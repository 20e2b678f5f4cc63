namespace Roadmap.Application.Domain.Actions;

/// <summary>How an organisation is linked to an action beyond its proposer.</summary>
public enum ActionOrganisationRole
{
    Partner = 0,
    Territory = 1,
}

/// <summary>A partner organisation of an action, or a territory it concerns.</summary>
public sealed record ActionOrganisationLink(Guid OrganisationId, ActionOrganisationRole Role);
