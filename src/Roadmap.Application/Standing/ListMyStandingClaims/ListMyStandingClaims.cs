using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Standing.ListMyStandingClaims;

/// <summary>The signed-in person's standing claims, newest first, with their status and the reviewers' reason.</summary>
[RequiresRole]
public sealed record ListMyStandingClaims : IQuery<IReadOnlyList<StandingClaimView>>;

internal sealed class ListMyStandingClaimsHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<ListMyStandingClaims, IReadOnlyList<StandingClaimView>>
{
    public Task<IReadOnlyList<StandingClaimView>> Handle(ListMyStandingClaims request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        return StandingClaimViews.ViewAsync(db, db.StandingClaims.Where(c => c.UserId == userId), cancellationToken);
    }
}
