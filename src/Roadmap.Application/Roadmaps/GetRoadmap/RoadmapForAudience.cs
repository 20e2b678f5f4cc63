using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Roadmaps.GetRoadmap;

/// <summary>A roadmap page as <see cref="Audience"/> sees it: the same for every caller of that audience.</summary>
internal sealed record RoadmapForAudience(string Slug, int ActionsPerAxis, Audience Audience) : ISharedRead<RoadmapOverview>
{
    public async Task<RoadmapOverview> LoadAsync(IRoadmapDbContext db, IMarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking()
            .Include(r => r.Axes)
            .FirstOrDefaultAsync(r => r.Slug == Slug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", Slug);

        var hidden = roadmap.HidesSupportCountsFrom(Audience);
        var owner = await db.Organisations.AsNoTracking().Where(o => o.Id == roadmap.OwnerOrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var visible = db.Actions.AsNoTracking().Where(a => a.RoadmapId == roadmap.Id && a.HiddenAt == null);
        var counts = await visible.GroupBy(a => a.AxisId).Select(g => new { AxisId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.AxisId, c => c.Count, cancellationToken);

        var axes = new List<AxisOverview>();
        foreach (var axis in roadmap.Axes.OrderBy(a => a.IsArchived).ThenBy(a => a.Position))
        {
            // One small query per axis (a roadmap has a handful): each reads only its top actions.
            var cards = await Cards(db, visible.Where(a => a.AxisId == axis.Id), ActionsPerAxis, hidden).ToListAsync(cancellationToken);
            axes.Add(new AxisOverview(axis.Id, axis.Position, axis.Title, axis.Description, axis.Objectives.OrderBy(o => o.Position).Select(o => o.Text).ToList(),
                counts.GetValueOrDefault(axis.Id), cards, axis.IsArchived));
        }

        return new RoadmapOverview(roadmap.Id, roadmap.Slug, roadmap.Title, owner ?? "", markdown.ToSafeHtml(roadmap.Description),
            roadmap.CurrentPhase, roadmap.Phases.ToList(), roadmap.VotingRules, axes, roadmap.PhaseMessage, roadmap.PhaseChangedAt, roadmap.ArchivedAt, hidden, Audience);
    }

    /// <summary>The most supported first; the newest first when the counts are hidden, since that order would tell them.</summary>
    private static IQueryable<ActionCard> Cards(IRoadmapDbContext db, IQueryable<RoadmapAction> actions, int take, bool countsHidden) =>
        (countsHidden
            ? actions.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id)
            : actions.OrderByDescending(a => a.SupportCount).ThenBy(a => a.CreatedAt).ThenBy(a => a.Id))
            .Take(take)
            .Select(a => new ActionCard(
                a.Id,
                a.AxisId,
                a.Title,
                a.Summary,
                db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                a.Status,
                a.ProgressPercent,
                countsHidden ? null : a.SupportCount,
                a.CommentCount,
                a.EasyRead,
                countsHidden ? null : a.MediatedSupportCount));
}
