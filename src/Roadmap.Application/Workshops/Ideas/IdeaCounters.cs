using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Workshops.Ideas;

/// <summary>Keeps <c>Idea.UpvoteCount</c> exact: recomputed from the upvotes in one UPDATE, like the action counters.</summary>
internal static class IdeaCounters
{
    public static Task RefreshAsync(IRoadmapDbContext db, Guid ideaId, CancellationToken cancellationToken) =>
        db.Ideas.Where(i => i.Id == ideaId).ExecuteUpdateAsync(
            s => s.SetProperty(i => i.UpvoteCount, i => db.IdeaUpvotes.Count(u => u.IdeaId == i.Id)),
            cancellationToken);
}
