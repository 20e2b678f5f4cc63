using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.FollowUp.GetRoadmapDocument;

/// <summary>
/// Reads the document of a roadmap in a fixed number of projected queries, whatever its size (a roadmap
/// may retain 1,000 actions): the actions, then their indicators, budget years, linked organisations and
/// pilots, each in one query joined on the same filter, assembled in memory.
/// </summary>
internal static class RoadmapDocumentQuery
{
    public static async Task<RoadmapDocument> LoadAsync(IRoadmapDbContext db, string slug, Func<string, string> toHtml, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes)
            .FirstOrDefaultAsync(r => r.Slug == slug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", slug);
        var owner = await db.Organisations.AsNoTracking().Where(o => o.Id == roadmap.OwnerOrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);

        var carried = db.Actions.AsNoTracking().Where(a => a.RoadmapId == roadmap.Id && a.HiddenAt == null
            && (a.Status == ActionStatus.Retained || a.Status == ActionStatus.InProgress || a.Status == ActionStatus.Done));
        var actions = await carried.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Select(a => new ActionRow(a.Id, a.AxisId, a.Title, a.Summary, a.Description, a.Status, a.ProgressPercent,
                db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.Name).FirstOrDefault(), a.Budget.EstimatedAmount, a.Budget.Funding))
            .ToListAsync(cancellationToken);
        var indicators = (await db.Indicators.AsNoTracking().Join(carried, i => i.ActionId, a => a.Id, (i, a) => i)
            .Select(i => new { i.ActionId, i.Position, Row = new DocumentIndicator(i.Name, i.Unit, i.Baseline, i.BaselineOn, i.Target, i.DueOn, i.LatestValue, i.LatestMeasuredOn) })
            .ToListAsync(cancellationToken)).OrderBy(i => i.Position).ToLookup(i => i.ActionId, i => i.Row);
        var years = (await carried.SelectMany(a => a.BudgetYears, (a, y) => new { a.Id, y.Year, y.Committed, y.Spent }).ToListAsync(cancellationToken))
            .OrderBy(y => y.Year).ToLookup(y => y.Id, y => new ActionBudgetYear(y.Year, y.Committed, y.Spent));
        var links = (await carried.SelectMany(a => a.OrganisationLinks, (a, l) => new { a.Id, l.OrganisationId, l.Role })
            .Join(db.Organisations, l => l.OrganisationId, o => o.Id, (l, o) => new { l.Id, l.Role, o.Name })
            .ToListAsync(cancellationToken)).ToLookup(l => (l.Id, l.Role), l => l.Name);
        var pilots = (await db.Pilots.AsNoTracking().Join(carried, p => p.ActionId, a => a.Id, (p, a) => p)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p.ActionId, u.DisplayName })
            .ToListAsync(cancellationToken)).ToLookup(p => p.ActionId, p => p.DisplayName);

        var byAxis = actions.ToLookup(a => a.AxisId);
        var axes = new List<DocumentAxis>();
        foreach (var axis in roadmap.Axes.OrderBy(a => a.IsArchived).ThenBy(a => a.Position).Where(a => !a.IsArchived || byAxis[a.Id].Any()))
        {
            var number = axes.Count + 1;
            var axisActions = byAxis[axis.Id].Select((a, index) => new DocumentAction(
                a.Id, $"{number}.{index + 1}", a.Title, a.Summary, a.Description, toHtml(a.Description), a.Status, a.ProgressPercent, a.Organisation,
                Sorted(links[(a.Id, ActionOrganisationRole.Partner)]), Sorted(links[(a.Id, ActionOrganisationRole.Territory)]), Sorted(pilots[a.Id]),
                [.. indicators[a.Id]], a.EstimatedBudget, a.Funding, [.. years[a.Id]])).ToList();
            axes.Add(new DocumentAxis(number, axis.Title, axis.Description, [.. axis.Objectives.OrderBy(o => o.Position).Select(o => o.Text)], axisActions));
        }

        return new RoadmapDocument(roadmap.Slug, roadmap.Title, roadmap.Summary, roadmap.Description, toHtml(roadmap.Description), owner ?? "",
            roadmap.CurrentPhase, AdoptedOn(roadmap), axes);
    }

    /// <summary>The scheduled start of the Adoptée phase once reached (the day of the deliberation), else none.</summary>
    private static DateOnly? AdoptedOn(TerritorialRoadmap roadmap) =>
        roadmap.CurrentPhase >= RoadmapPhase.Adoptee
            ? roadmap.Phases.Where(p => p.Phase == RoadmapPhase.Adoptee).Select(p => (DateOnly?)p.StartsOn).FirstOrDefault()
            : null;

    private static List<string> Sorted(IEnumerable<string> names) => [.. names.Distinct().Order(FrenchFormat.Order)];

    private sealed record ActionRow(
        Guid Id, Guid AxisId, string Title, string Summary, string Description, ActionStatus Status, int ProgressPercent, string? Organisation,
        decimal? EstimatedBudget, string Funding);
}
