using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Mediation;

/// <summary>
/// Who is a mediator, and for which organisations: read from <c>MediatorGrants</c> on every request, so a grant or a
/// revocation counts at once, without signing out (the role is not a claim). Holding another role (even Administrator)
/// gives no power here.
/// </summary>
internal static class Mediators
{
    public const string NotMediator = "Seul·es les médiateur·rices peuvent recueillir des contributions : un administrateur donne ce rôle, pour une organisation.";
    public const string NotForOrganisation = "Vous n'êtes pas médiateur·rice pour cette organisation.";
    public const string ChooseOrganisation = "Choisissez l'organisation au nom de laquelle vous recueillez cette contribution.";

    public static Task<List<Guid>> OrganisationsOfAsync(IRoadmapDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.MediatorGrants.Where(g => g.UserId == userId).Select(g => g.OrganisationId).ToListAsync(cancellationToken);

    /// <summary>
    /// The organisation the caller records for: the one asked if they hold a grant for it, or their only one when
    /// none is asked.
    /// </summary>
    public static async Task<Guid> EnsureMediatorForAsync(IRoadmapDbContext db, ICurrentUser user, Guid? organisationId, CancellationToken cancellationToken)
    {
        var organisations = await OrganisationsOfAsync(db, user.RequireId(), cancellationToken);
        if (organisations.Count == 0)
        {
            throw new ForbiddenException(NotMediator);
        }

        return organisationId switch
        {
            { } asked when organisations.Contains(asked) => asked,
            { } => throw new ForbiddenException(NotForOrganisation),
            null when organisations.Count == 1 => organisations[0],
            null => throw ValidationFailedException.For("OrganisationId", ChooseOrganisation),
        };
    }
}
