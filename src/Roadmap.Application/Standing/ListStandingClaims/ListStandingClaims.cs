using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Standing.ListStandingClaims;

/// <summary>
/// The review queue, newest first: an Administrator sees every claim, a roadmap's team manager the
/// claims on the roadmaps they manage; anyone else is refused.
/// </summary>
[RequiresRole]
public sealed record ListStandingClaims(StandingStatus? Status = null, string? RoadmapSlug = null) : IQuery<IReadOnlyList<StandingClaimView>>;

internal sealed class ListStandingClaimsHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<ListStandingClaims, IReadOnlyList<StandingClaimView>>
{
    public const string NotReviewer = "Seuls les gestionnaires d'une feuille de route (ou un administrateur) examinent les demandes de qualité.";

    public async Task<IReadOnlyList<StandingClaimView>> Handle(ListStandingClaims request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var claims = db.StandingClaims.AsQueryable();
        if (!user.IsInRole(RoleNames.Administrator))
        {
            var managed = await db.TeamMembers.Where(m => m.UserId == userId && m.Role == TeamRole.Manager).Select(m => m.RoadmapId).ToListAsync(cancellationToken);
            if (managed.Count == 0)
            {
                throw new ForbiddenException(NotReviewer);
            }

            claims = claims.Where(c => managed.Contains(c.RoadmapId));
        }

        if (request.Status is { } status)
        {
            claims = claims.Where(c => c.Status == status);
        }

        if (request.RoadmapSlug is { Length: > 0 } slug)
        {
            claims = claims.Where(c => db.Roadmaps.Any(r => r.Id == c.RoadmapId && r.Slug == slug));
        }

        return await StandingClaimViews.ViewAsync(db, claims, cancellationToken);
    }
}
