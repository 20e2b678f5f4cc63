using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.GetActionDetails;

/// <summary>
/// An action page. <see cref="RoadmapSlug"/> must match, so an id cannot be shown under another roadmap.
/// An action hidden by moderation is served to moderators only (<see cref="ActionVisibility"/>).
/// </summary>
public sealed record GetActionDetails(string RoadmapSlug, Guid ActionId) : IQuery<ActionDetails>;

internal sealed class GetActionDetailsHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, ICurrentUser user) : IRequestHandler<GetActionDetails, ActionDetails>
{
    public async Task<ActionDetails> Handle(GetActionDetails request, CancellationToken cancellationToken)
    {
        var found = await (
                from a in db.Actions.AsNoTracking()
                join r in db.Roadmaps on a.RoadmapId equals r.Id
                join x in db.Axes on a.AxisId equals x.Id
                where a.Id == request.ActionId && r.Slug == request.RoadmapSlug
                select new { Action = a, r.Slug, r.Title, r.CurrentPhase, AxisTitle = x.Title })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        var action = found.Action;
        ActionVisibility.EnsureReadableBy(action, user);

        var organisationIds = action.OrganisationLinks.Select(l => l.OrganisationId).Append(action.OrganisationId ?? Guid.Empty).ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var peopleIds = action.History.Select(h => h.ById).Append(action.ProposerId).OfType<Guid>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => peopleIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var mergedInto = action.MergedIntoId is { } targetId
            ? await db.Actions.AsNoTracking().Where(a => a.Id == targetId).Select(a => new ActionLink(a.Id, a.Title)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var endorsers = await db.Endorsements.AsNoTracking().Where(e => e.ActionId == action.Id)
            .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => o.Name).OrderBy(n => n).ToListAsync(cancellationToken);
        var supportCount = await db.Supports.CountAsync(s => s.ActionId == action.Id, cancellationToken);

        string? Name(Guid? id) => id is { } key && people.TryGetValue(key, out var n) ? n : null;
        List<string> Linked(ActionOrganisationRole role) =>
            action.OrganisationLinks.Where(l => l.Role == role).Select(l => organisations.GetValueOrDefault(l.OrganisationId)).OfType<string>().OrderBy(n => n).ToList();

        return new ActionDetails(
            action.Id, found.Slug, found.Title, found.CurrentPhase, action.AxisId, found.AxisTitle, action.Title, action.Summary,
            markdown.ToSafeHtml(action.Description), Name(action.ProposerId) ?? ParticipantNames.Deleted,
            action.OrganisationId is { } orgId ? organisations.GetValueOrDefault(orgId) : null,
            action.Status, action.StatusReason, action.ProgressPercent, mergedInto, action.Budget,
            action.Indicators.ToList(), action.PoolingOptions.ToList(), Linked(ActionOrganisationRole.Partner), Linked(ActionOrganisationRole.Territory),
            action.History.OrderBy(h => h.At).Select(h => new HistoryEntry(h.From, h.To, h.Reason, Name(h.ById), h.At, h.ProgressPercent)).ToList(),
            supportCount, endorsers, action.CommentCount, action.IsHidden ? action.HiddenReason : null);
    }
}
