using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation;

/// <summary>
/// A contribution its mediator may still change: their own (not another mediator's, even of the same organisation: the
/// one who met the resident answers for the entry), while they still hold the grant, within the correction window.
/// </summary>
internal static class OwnContributions
{
    public const string NotYours = "Seul·e la médiatrice ou le médiateur qui l'a recueillie peut corriger ou retirer cette contribution.";

    public static async Task<MediatedContribution> LoadAsync(IRoadmapDbContext db, ICurrentUser user, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contribution = await db.MediatedContributions.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("La contribution", id);
        await Mediators.EnsureMediatorForAsync(db, user, contribution.OrganisationId, cancellationToken);
        if (contribution.MediatorId != user.RequireId())
        {
            throw new ForbiddenException(NotYours);
        }

        contribution.EnsureCorrectableAt(now);
        return contribution;
    }
}
