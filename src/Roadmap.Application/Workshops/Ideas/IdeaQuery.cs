using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Ideas;

internal static class IdeaQuery
{
    /// <summary>One idea as facilitators see it (use <see cref="IdeaView.ForParticipants"/> for the room).</summary>
    public static async Task<IdeaView?> ComputeAsync(IRoadmapDbContext db, Guid ideaId, CancellationToken cancellationToken)
    {
        var idea = await db.Ideas.AsNoTracking().FirstOrDefaultAsync(i => i.Id == ideaId, cancellationToken);
        if (idea is null)
        {
            return null;
        }

        var slug = await db.Workshops.Where(w => w.Id == idea.WorkshopId)
            .Join(db.Roadmaps, w => w.RoadmapId, r => r.Id, (w, r) => r.Slug)
            .FirstAsync(cancellationToken);
        return View(idea, slug, upvotedByMe: null, isMine: null);
    }

    internal static IdeaView View(Idea idea, string roadmapSlug, bool? upvotedByMe, bool? isMine) => new(
        idea.Id,
        idea.WorkshopId,
        idea.Text,
        idea.AxisId,
        idea.GroupedAxisId,
        idea.AgendaItemId,
        idea.AuthorName,
        idea.PostedAt,
        idea.UpvoteCount,
        idea.IsHidden,
        idea.HiddenReason,
        idea.PromotedActionId,
        idea.PromotedActionId is { } actionId ? SiteLinks.Action(roadmapSlug, actionId) : null,
        upvotedByMe,
        isMine);
}
