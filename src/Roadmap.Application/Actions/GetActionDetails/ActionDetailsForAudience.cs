using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.GetActionDetails;

/// <summary>
/// An action page as <see cref="Audience"/> sees it, the same for every caller of that audience: shared by
/// <see cref="GetActionDetails"/> (which checks the roadmap's slug) and <c>GetActionById</c> (the API's address, any
/// roadmap, <see cref="RoadmapSlug"/> null), so that neither sends the other.
/// </summary>
internal sealed record ActionDetailsForAudience(Guid ActionId, string? RoadmapSlug, Audience Audience) : ISharedRead<ActionDetails>
{
    public async Task<ActionDetails> LoadAsync(IRoadmapDbContext db, IMarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        var query =
            from a in db.Actions.AsNoTracking()
            join r in db.Roadmaps on a.RoadmapId equals r.Id
            join x in db.Axes on a.AxisId equals x.Id
            where a.Id == ActionId
            select new { Action = a, Roadmap = r, AxisTitle = x.Title };
        if (RoadmapSlug is not null)
        {
            query = query.Where(f => f.Roadmap.Slug == RoadmapSlug);
        }

        var found = await query.FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("L'action", ActionId);
        var action = found.Action;
        action.EnsureReadableBy(Audience);

        var organisationIds = action.OrganisationLinks.Select(l => l.OrganisationId).Append(action.OrganisationId ?? Guid.Empty).ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var peopleIds = action.History.Select(h => h.ById).Append(action.ProposerId).OfType<Guid>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => peopleIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var mergedInto = action.MergedIntoId is { } targetId
            ? await db.Actions.AsNoTracking().Where(a => a.Id == targetId).Select(a => new ActionLink(a.Id, a.Title)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var endorsers = await db.Endorsements.AsNoTracking().Where(e => e.ActionId == action.Id)
            .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => o.Name).OrderBy(n => n).ToListAsync(cancellationToken);
        var roadmap = found.Roadmap;
        int? supportCount = roadmap.HidesSupportCountsFrom(Audience)
            ? null
            : await db.Supports.CountAsync(s => s.ActionId == action.Id, cancellationToken);

        string? Name(Guid? id) => id is { } key && people.TryGetValue(key, out var n) ? n : null;
        List<string> Linked(ActionOrganisationRole role) =>
            action.OrganisationLinks.Where(l => l.Role == role).Select(l => organisations.GetValueOrDefault(l.OrganisationId)).OfType<string>().OrderBy(n => n).ToList();

        return new ActionDetails(
            action.Id, roadmap.Slug, roadmap.Title, roadmap.CurrentPhase, action.AxisId, found.AxisTitle, action.Title, action.Summary, action.EasyRead,
            markdown.ToSafeHtml(action.Description), Name(action.ProposerId) ?? ParticipantNames.Deleted,
            action.OrganisationId is { } orgId ? organisations.GetValueOrDefault(orgId) : null,
            action.Status, action.StatusReason, action.ProgressPercent, mergedInto, action.Budget,
            action.Indicators.Select(i => i.Definition).ToList(), action.PoolingOptions.ToList(), Linked(ActionOrganisationRole.Partner), Linked(ActionOrganisationRole.Territory),
            action.History.OrderBy(h => h.At).Select(h => new HistoryEntry(h.From, h.To, h.Reason, Name(h.ById), h.At, h.ProgressPercent)).ToList(),
            supportCount, endorsers, action.CommentCount, action.IsHidden ? action.HiddenReason : null,
            supportCount is null ? null : action.MediatedSupportCount);
    }
}
