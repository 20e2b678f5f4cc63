namespace Roadmap.Application.Domain.Inclusion;

/// <summary>
/// The « Médiateur·rice » role, granted per organisation (a tiers-lieu, a mairie, a France Services): its holder records
/// contributions of residents who are not online, shown as « recueilli par » that organisation.
/// </summary>
public sealed class MediatorGrant
{
    private MediatorGrant() { }

    public Guid UserId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }

    /// <summary>The administrator who granted it; null once their account is deleted.</summary>
    public Guid? GrantedById { get; private set; }

    public static MediatorGrant Grant(Guid userId, Guid organisationId, Guid? grantedById, DateTimeOffset now) =>
        new() { UserId = userId, OrganisationId = organisationId, GrantedById = grantedById, GrantedAt = now };
}
