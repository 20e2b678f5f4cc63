using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.FollowUp.Communes;

/// <summary>The public actions of a roadmap that concern a commune, its EPCI or its département, in one query.</summary>
internal static class CommuneActionsReader
{
    /// <summary>Those under way first, then by title.</summary>
    private static readonly ActionStatus[] StatusOrder =
        [ActionStatus.InProgress, ActionStatus.Retained, ActionStatus.Done, ActionStatus.UnderReview, ActionStatus.Proposed, ActionStatus.NotRetained];

    public static async Task<CommuneActions> CommuneActionsAsync(this IRoadmapDbContext db, CommuneReader.RoadmapName roadmap, CommuneMatch commune, CancellationToken cancellationToken)
    {
        // Guid.Empty is no organisation's id: a missing EPCI or département then matches nothing (a null would match the actions carried by none).
        var c = commune.Id;
        var epci = commune.EpciId ?? Guid.Empty;
        var departement = commune.DepartementId ?? Guid.Empty;
        var rows = await db.Actions.AsNoTracking()
            .Where(a => a.RoadmapId == roadmap.Id && a.HiddenAt == null && a.Status != ActionStatus.Withdrawn && a.Status != ActionStatus.Merged)
            .Select(a => new
            {
                a.Id,
                a.Title,
                AxisTitle = db.Axes.Where(x => x.Id == a.AxisId).Select(x => x.Title).FirstOrDefault() ?? "",
                a.Status,
                a.ProgressPercent,
                a.Difficulty,
                a.EasyRead,
                Directly = a.OrganisationId == c || a.OrganisationLinks.Any(l => l.OrganisationId == c),
                ByEpci = a.OrganisationId == epci || a.OrganisationLinks.Any(l => l.OrganisationId == epci),
                ByDepartement = a.OrganisationId == departement || a.OrganisationLinks.Any(l => l.OrganisationId == departement),
            })
            .Where(a => a.Directly || a.ByEpci || a.ByDepartement)
            .ToListAsync(cancellationToken);

        var ordered = rows.OrderBy(r => Array.IndexOf(StatusOrder, r.Status)).ThenBy(r => r.Title, FrenchFormat.Order).ToList();
        List<CommuneAction> Of(Func<bool, bool, bool> kept) =>
            [.. ordered.Where(r => kept(r.Directly, r.ByEpci)).Select(r => new CommuneAction(r.Id, r.Title, r.AxisTitle, r.Status, r.ProgressPercent, r.Difficulty, r.EasyRead))];

        return new CommuneActions(roadmap.Slug, roadmap.Title, commune,
            Of((directly, _) => directly),
            Of((directly, byEpci) => !directly && byEpci),
            Of((directly, byEpci) => !directly && !byEpci));
    }
}
