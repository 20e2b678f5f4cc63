using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Standing.DecideStandingClaim;

/// <summary>
/// A manager of the claim's roadmap (or an Administrator) approves or refuses a standing claim; a
/// refusal needs a reason. Approval sets the person's organisation and adds the claimed role; the
/// security stamp changes, so the person's next sign-in (within a minute) carries it. The person is
/// notified either way, and the journal records the decision.
/// </summary>
[RequiresRole]
public sealed record DecideStandingClaim(Guid ClaimId, bool Approve, string? Reason) : IRequest<StandingStatus>;

internal sealed class DecideStandingClaimHandler(IRoadmapDbContext db, ICurrentUser user, UserManager<ApplicationUser> users, TimeProvider clock)
    : IRequestHandler<DecideStandingClaim, StandingStatus>
{
    public const string Link = "/compte/qualite";

    public async Task<StandingStatus> Handle(DecideStandingClaim request, CancellationToken cancellationToken)
    {
        var deciderId = user.RequireId();
        var claim = await db.StandingClaims.SingleOrDefaultAsync(c => c.Id == request.ClaimId, cancellationToken)
            ?? throw new NotFoundException("La demande de qualité", request.ClaimId);
        await db.EnsureCanManageAsync(user, claim.RoadmapId, cancellationToken);
        var person = await users.FindByIdAsync(claim.UserId.ToString()) ?? throw new NotFoundException("Le compte", claim.UserId);
        var roadmapTitle = await db.Roadmaps.Where(r => r.Id == claim.RoadmapId).Select(r => r.Title).SingleAsync(cancellationToken);
        var organisationName = await db.Organisations.Where(o => o.Id == claim.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ConflictException("L'organisation de cette demande n'existe plus : refusez-la en l'expliquant.");

        var now = clock.GetUtcNow();
        var before = new { Status = claim.Status, person.OrganisationId };
        var role = claim.Role == ParticipantRole.ElectedOfficial ? RoleNames.ElectedOfficial : RoleNames.Actor;
        string text;
        if (request.Approve)
        {
            claim.Approve(deciderId, request.Reason, now);
            person.OrganisationId = claim.OrganisationId;
            if (!await users.IsInRoleAsync(person, role))
            {
                Check(await users.AddToRoleAsync(person, role));
            }

            Check(await users.UpdateSecurityStampAsync(person));
            text = $"Votre qualité « {claim.Role.French()} — {organisationName} » est approuvée pour « {roadmapTitle} ».";
        }
        else
        {
            claim.Refuse(deciderId, request.Reason ?? "", now);
            text = $"Votre demande de qualité « {claim.Role.French()} — {organisationName} » est refusée : {claim.DecisionReason}";
        }

        db.Notifications.Add(Notification.Create(claim.UserId, NotificationKind.StandingDecided, text, Link, now));
        await db.RecordAsync(
            user, now, claim.RoadmapId, request.Approve ? "standing.approved" : "standing.refused",
            $"Qualité de {person.DisplayName} : {claim.Role.French()} — {organisationName}",
            before, new { Status = claim.Status, person.OrganisationId, Role = role, Reason = claim.DecisionReason }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return claim.Status;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ConflictException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
