using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>
/// The two ways <see cref="SearchActionsHandler"/> gets a page: all in SQL, or keys sorted in memory.
/// With <paramref name="countsHidden"/>, the items carry no support count.
/// </summary>
internal sealed class ActionSearchQuery(IRoadmapDbContext db, IQueryable<RoadmapAction> actions, bool countsHidden)
{
    /// <summary><see cref="Text"/> is the résumé and the « En bref », both searched.</summary>
    private sealed record Key(Guid Id, int SupportCount, int CommentCount, DateTimeOffset CreatedAt, string Title, string Text);

    public static IQueryable<RoadmapAction> Filter(IQueryable<RoadmapAction> actions, Guid roadmapId, SearchActions request, IReadOnlyList<string> words)
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

        foreach (var pattern in words.Select(TextMatch.LikePattern))
        {
            actions = actions.Where(a => EF.Functions.Like(a.Title.ToLower(), pattern) || EF.Functions.Like(a.Summary.ToLower(), pattern)
                || EF.Functions.Like(a.EasyRead.ToLower(), pattern));
        }

        return actions;
    }

    public async Task<(int Total, IReadOnlyList<ActionSearchItem> Items)> SortedInDatabaseAsync(string sort, long skip, int take, CancellationToken cancellationToken)
    {
        var total = await actions.CountAsync(cancellationToken);
        if (skip >= total)
        {
            return (total, []);
        }

        var sorted = sort switch
        {
            ActionSearchSort.Comments => actions.OrderByDescending(a => a.CommentCount).ThenBy(a => a.Id),
            ActionSearchSort.Newest => actions.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id),
            _ => actions.OrderByDescending(a => a.SupportCount).ThenBy(a => a.Id),
        };
        return (total, await Project(sorted.Skip((int)skip).Take(take)).ToListAsync(cancellationToken));
    }

    public async Task<(int Total, IReadOnlyList<ActionSearchItem> Items)> SortedInMemoryAsync(
        string sort, int seed, IReadOnlyList<string> words, long skip, int take, CancellationToken cancellationToken)
    {
        // Only what the order and the text check need: for the random order without text, just the ids.
        var keys = words.Count > 0
            ? (await actions.Select(a => new Key(a.Id, a.SupportCount, a.CommentCount, a.CreatedAt, a.Title, a.Summary + "\n" + a.EasyRead)).ToListAsync(cancellationToken))
                .Where(k => TextMatch.Matches(words, k.Title, k.Text)).ToList()
            : await actions.Select(a => new Key(a.Id, 0, 0, default, "", "")).ToListAsync(cancellationToken);
        if (skip >= keys.Count)
        {
            return (keys.Count, []);
        }

        var sorted = sort switch
        {
            ActionSearchSort.Random => keys.OrderBy(k => StableShuffle.Key(k.Id, seed)),
            ActionSearchSort.Comments => keys.OrderByDescending(k => k.CommentCount),
            ActionSearchSort.Newest => keys.OrderByDescending(k => k.CreatedAt),
            _ => keys.OrderByDescending(k => k.SupportCount),
        };
        var pageIds = sorted.ThenBy(k => k.Id).Skip((int)skip).Take(take).Select(k => k.Id).ToList();
        var items = (await Project(db.Actions.AsNoTracking().Where(a => pageIds.Contains(a.Id))).ToListAsync(cancellationToken)).ToDictionary(i => i.Id);
        return (keys.Count, pageIds.Select(id => items[id]).ToList());
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
