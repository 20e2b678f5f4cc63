using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>
/// How <see cref="SearchActionsHandler"/> gets a page, filtered, sorted and paged in SQL, the random order included.
/// <paramref name="hits"/>, when free text is given, are the actions the full-text engine found, with their rank.
/// With <paramref name="countsHidden"/>, the items carry no support count.
/// </summary>
internal sealed class ActionSearchQuery(IRoadmapDbContext db, IQueryable<RoadmapAction> actions, IQueryable<ActionTextHit>? hits, bool countsHidden)
{
    public static IQueryable<RoadmapAction> Filter(IQueryable<RoadmapAction> actions, Guid roadmapId, SearchActions request)
    {
        actions = actions.Where(a => a.RoadmapId == roadmapId && a.HiddenAt == null);
        if (request.AxisId is { } axisId)
        {
            actions = actions.Where(a => a.AxisId == axisId);
        }

        if (ActionStatusNames.TryParse(request.Status, out var status))
        {
            actions = actions.Where(a => a.Status == status);
        }

        if (request.OrganisationId is { } organisationId)
        {
            actions = actions.Where(a => a.OrganisationId == organisationId || a.OrganisationLinks.Any(l => l.OrganisationId == organisationId));
        }

        if (request.TerritoryId is { } territoryId)
        {
            actions = actions.Where(a => a.OrganisationLinks.Any(l => l.OrganisationId == territoryId && l.Role == ActionOrganisationRole.Territory));
        }

        return actions;
    }

    public async Task<(int Total, IReadOnlyList<ActionSearchItem> Items)> SortedInDatabaseAsync(string sort, long skip, int take, CancellationToken cancellationToken)
    {
        var ranked = hits is null
            ? actions.Select(a => new { Action = a, Rank = 0.0 })
            : actions.Join(hits, a => a.Id, h => h.ActionId, (a, h) => new { Action = a, h.Rank });
        var total = await ranked.CountAsync(cancellationToken);
        if (skip >= total)
        {
            return (total, []);
        }

        var sorted = sort switch
        {
            ActionSearchSort.Relevance => ranked.OrderByDescending(r => r.Rank).ThenBy(r => r.Action.Id),
            ActionSearchSort.Comments => ranked.OrderByDescending(r => r.Action.CommentCount).ThenBy(r => r.Action.Id),
            ActionSearchSort.Newest => ranked.OrderByDescending(r => r.Action.CreatedAt).ThenBy(r => r.Action.Id),
            _ => ranked.OrderByDescending(r => r.Action.SupportCount).ThenBy(r => r.Action.Id),
        };
        return (total, await Project(sorted.Skip((int)skip).Take(take).Select(r => r.Action)).ToListAsync(cancellationToken));
    }

    public async Task<(int Total, IReadOnlyList<ActionSearchItem> Items)> ShuffledAsync(int seed, long skip, int take, CancellationToken cancellationToken)
    {
        var matching = hits is null ? actions : actions.Where(a => hits.Any(h => h.ActionId == a.Id));
        var total = await matching.CountAsync(cancellationToken);
        if (skip >= total)
        {
            return (total, []);
        }

        return (total, await Project(Shuffled(matching, seed).Skip((int)skip).Take(take)).ToListAsync(cancellationToken));
    }

    /// <summary>The order of <see cref="ShuffleOrder"/>, computed by the database; the cast keeps its arithmetic in 64 bits.</summary>
    public static IOrderedQueryable<RoadmapAction> Shuffled(IQueryable<RoadmapAction> actions, int seed)
    {
        var (multiplier, offset) = ShuffleOrder.For(seed);
        return actions.OrderBy(a => ((long)a.ShuffleKey * multiplier + offset) % ShuffleOrder.Modulus).ThenBy(a => a.Id);
    }

    private IQueryable<ActionSearchItem> Project(IQueryable<RoadmapAction> page) =>
        page.Select(a => new ActionSearchItem(
            a.Id,
            a.Title,
            a.Summary,
            a.AxisId,
            db.Axes.Where(x => x.Id == a.AxisId).Select(x => x.Title).FirstOrDefault() ?? "",
            db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.Name).FirstOrDefault(),
            a.Status,
            a.ProgressPercent,
            countsHidden ? null : a.SupportCount,
            a.CommentCount,
            a.CreatedAt,
            a.EasyRead,
            countsHidden ? null : a.MediatedSupportCount));
}
