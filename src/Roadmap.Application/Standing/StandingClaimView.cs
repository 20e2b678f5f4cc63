using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Standing;

/// <summary>A standing claim as its author and its reviewers see it, with French labels.</summary>
public sealed record StandingClaimView(
    Guid Id,
    Guid UserId,
    string PersonName,
    string RoadmapSlug,
    string RoadmapTitle,
    Guid OrganisationId,
    string OrganisationName,
    ParticipantRole Role,
    string RoleLabel,
    string Statement,
    StandingStatus Status,
    string StatusLabel,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt,
    string? DecisionReason);

internal static class StandingClaimViews
{
    public static string French(this StandingStatus status) => status switch
    {
        StandingStatus.Pending => "En attente",
        StandingStatus.Approved => "Approuvée",
        _ => "Refusée",
    };

    public static string French(this ParticipantRole role) => role switch
    {
        ParticipantRole.ElectedOfficial => RoleNames.FrenchLabel(RoleNames.ElectedOfficial),
        ParticipantRole.Actor => RoleNames.FrenchLabel(RoleNames.Actor),
        _ => role.ToString(),
    };

    /// <summary>Newest first, with the names of the person, roadmap and organisation (« Organisation supprimée » if it is gone).</summary>
    public static async Task<IReadOnlyList<StandingClaimView>> ViewAsync(IRoadmapDbContext db, IQueryable<StandingClaim> claims, CancellationToken cancellationToken)
    {
        var rows = await (
            from c in claims.AsNoTracking()
            join r in db.Roadmaps on c.RoadmapId equals r.Id
            join u in db.Users on c.UserId equals u.Id
            select new { Claim = c, r.Slug, r.Title, u.DisplayName })
            .ToListAsync(cancellationToken);
        var organisationIds = rows.Select(r => r.Claim.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        return rows
            .OrderByDescending(r => r.Claim.CreatedAt)
            .Select(r => new StandingClaimView(
                r.Claim.Id, r.Claim.UserId, r.DisplayName, r.Slug, r.Title, r.Claim.OrganisationId,
                organisations.GetValueOrDefault(r.Claim.OrganisationId) ?? "Organisation supprimée",
                r.Claim.Role, r.Claim.Role.French(), r.Claim.Statement, r.Claim.Status, r.Claim.Status.French(),
                r.Claim.CreatedAt, r.Claim.DecidedAt, r.Claim.DecisionReason))
            .ToList();
    }
}
