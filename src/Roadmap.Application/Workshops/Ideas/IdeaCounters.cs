using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Workshops.Ideas;

/// <summary>Keeps <c>Idea.UpvoteCount</c> exact: recomputed from the upvotes in one UPDATE, like the action counters.</summary>
internal static class IdeaCounters
{
    public static async Task RefreshAsync(IRoadmapDbContext db, Guid ideaId, CancellationToken cancellationToken)
    {
        // The row first: see ActionCounters (a recompute that waited on PostgreSQL would miss the upvote it waited for).
        var idea = db.Ideas.Where(i => i.Id == ideaId);
        await idea.ExecuteUpdateAsync(s => s.SetProperty(i => i.UpvoteCount, i => i.UpvoteCount), cancellationToken);
        await idea.ExecuteUpdateAsync(s => s.SetProperty(i => i.UpvoteCount, i => db.IdeaUpvotes.Count(u => u.IdeaId == i.Id)), cancellationToken);
    }
}
