using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Standing.SubmitStandingClaim;

/// <summary>
/// A signed-in person claims a standing in a roadmap's territory (an organisation and a role,
/// ElectedOfficial or Actor), for its managers to review. One pending claim per person and roadmap.
/// Returns the claim's id.
/// </summary>
[RequiresRole]
public sealed record SubmitStandingClaim(string RoadmapSlug, Guid OrganisationId, ParticipantRole Role, string? Statement) : IRequest<Guid>;

internal sealed class SubmitStandingClaimHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SubmitStandingClaim, Guid>
{
    public const string AlreadyPending = "Vous avez déjà une demande de qualité en attente pour cette feuille de route : attendez sa réponse.";

    public async Task<Guid> Handle(SubmitStandingClaim request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var roadmapId = await db.Roadmaps.Where(r => r.Slug == request.RoadmapSlug).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        if (!await db.Organisations.AnyAsync(o => o.Id == request.OrganisationId, cancellationToken))
        {
            throw new NotFoundException("L'organisation", request.OrganisationId);
        }

        if (await db.StandingClaims.AnyAsync(c => c.UserId == userId && c.RoadmapId == roadmapId && c.Status == StandingStatus.Pending, cancellationToken))
        {
            throw new ConflictException(AlreadyPending);
        }

        var claim = StandingClaim.Submit(userId, roadmapId, request.OrganisationId, request.Role, request.Statement ?? "", clock.GetUtcNow());
        db.StandingClaims.Add(claim);
        await db.SaveChangesAsync(cancellationToken);
        return claim.Id;
    }
}
