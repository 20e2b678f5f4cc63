using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Moderation;

namespace Roadmap.Application.Moderation.GetModerationQueue;

/// <summary>
/// The pending reports grouped by reported content: held comments first, then the most reported.
/// Global staff see every roadmap's; a team member sees those of the roadmaps whose team they are in.
/// </summary>
[RequiresRole]
public sealed record GetModerationQueue : IQuery<IReadOnlyList<ModerationItem>>;

internal sealed class GetModerationQueueHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetModerationQueue, IReadOnlyList<ModerationItem>>
{
    public const int ExcerptLength = 300;

    public async Task<IReadOnlyList<ModerationItem>> Handle(GetModerationQueue request, CancellationToken cancellationToken)
    {
        var teamRoadmapIds = await ModerationRules.ModeratedRoadmapsAsync(db, user, cancellationToken);
        var everyRoadmap = teamRoadmapIds is null;
        teamRoadmapIds ??= [];

        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.ResolvedAt == null)
            .Select(r => new { r.Target, r.TargetId, r.Reason, r.CreatedAt })
            .ToListAsync(cancellationToken);
        var groups = reports.GroupBy(r => (r.Target, r.TargetId)).ToList();
        var commentIds = groups.Where(g => g.Key.Target == ReportTarget.Comment).Select(g => g.Key.TargetId).ToList();
        var actionIds = groups.Where(g => g.Key.Target == ReportTarget.Action).Select(g => g.Key.TargetId).ToList();

        var comments = await (
                from c in db.Comments.AsNoTracking()
                join a in db.Actions on c.ActionId equals a.Id
                join r in db.Roadmaps on a.RoadmapId equals r.Id
                where commentIds.Contains(c.Id) && (everyRoadmap || teamRoadmapIds.Contains(a.RoadmapId))
                select new Reported(c.Id, $"Commentaire sur « {a.Title} »", c.Body, SiteLinks.Comment(r.Slug, a.Id, c.UpdateId, c.Id),
                    db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? ParticipantNames.Deleted,
                    c.HeldAt != null, c.HiddenAt != null, c.HiddenReason))
            .ToListAsync(cancellationToken);
        var actions = await (
                from a in db.Actions.AsNoTracking()
                join r in db.Roadmaps on a.RoadmapId equals r.Id
                where actionIds.Contains(a.Id) && (everyRoadmap || teamRoadmapIds.Contains(a.RoadmapId))
                select new Reported(a.Id, a.Title, a.Summary, SiteLinks.Action(r.Slug, a.Id),
                    db.Users.Where(u => u.Id == a.ProposerId).Select(u => u.DisplayName).FirstOrDefault() ?? ParticipantNames.Deleted,
                    false, a.HiddenAt != null, a.HiddenReason))
            .ToListAsync(cancellationToken);
        var found = comments.Concat(actions).ToDictionary(x => x.Id);

        // Reports on content removed meanwhile have nothing left to moderate.
        return groups
            .Where(g => found.ContainsKey(g.Key.TargetId))
            .Select(g =>
            {
                var x = found[g.Key.TargetId];
                return new ModerationItem(g.Key.Target, x.Id, x.Title, Excerpt(x.Text), x.Link, x.AuthorName, g.Count(),
                    g.OrderBy(r => r.CreatedAt).Select(r => r.Reason).Distinct().ToList(), g.Min(r => r.CreatedAt), x.IsHeld, x.IsHidden, x.HiddenReason);
            })
            .OrderByDescending(i => i.IsHeld).ThenByDescending(i => i.ReportCount).ThenBy(i => i.FirstReportedAt)
            .ToList();
    }

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= ExcerptLength ? flat : flat[..(ExcerptLength - 1)] + "…";
    }

    private sealed record Reported(Guid Id, string Title, string Text, string Link, string AuthorName, bool IsHeld, bool IsHidden, string HiddenReason);
}
