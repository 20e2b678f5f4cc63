using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Comments;

/// <summary>Loads what a comment use case works on and states when the debate on an action is closed.</summary>
internal static class CommentTargets
{
    public const string DeletedComment = "Ce commentaire a été supprimé.";
    public const string HiddenAction = "Cette action a été masquée par la modération : ses commentaires sont fermés.";
    public const string HiddenUpdate = "Ce point d'étape a été masqué : ses commentaires sont fermés.";

    /// <summary>The action (tracked) and its roadmap (read only).</summary>
    public static async Task<(TerritorialRoadmap Roadmap, RoadmapAction Action)> LoadActionAsync(IRoadmapDbContext db, Guid actionId, CancellationToken cancellationToken)
    {
        var action = await db.Actions.FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken)
            ?? throw new NotFoundException("L'action", actionId);
        var roadmap = await db.Roadmaps.AsNoTracking().FirstAsync(r => r.Id == action.RoadmapId, cancellationToken);
        return (roadmap, action);
    }

    /// <summary>A point d'étape of the action (read only); one of another action is not found.</summary>
    public static async Task<ActionUpdate> LoadUpdateAsync(IRoadmapDbContext db, Guid actionId, Guid updateId, CancellationToken cancellationToken) =>
        await db.Updates.AsNoTracking().FirstOrDefaultAsync(u => u.Id == updateId && u.ActionId == actionId, cancellationToken)
            ?? throw new NotFoundException("Le point d'étape", updateId);

    /// <summary>The comment (tracked); a comment removed by its author is not found.</summary>
    public static async Task<Comment> LoadCommentAsync(IRoadmapDbContext db, Guid commentId, CancellationToken cancellationToken) =>
        await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId, cancellationToken)
            ?? throw new NotFoundException("Le commentaire", commentId);

    /// <summary>Why nobody may write, edit or upvote comments on this action now, or null.</summary>
    public static string? ClosedReason(TerritorialRoadmap roadmap, RoadmapAction action, ActionUpdate? update = null) =>
        !roadmap.AcceptsComments ? roadmap.ClosedBecause("Les commentaires sont fermés")
        : action.IsHidden ? HiddenAction
        : update?.HiddenAt is not null ? HiddenUpdate
        : null;

    public static void EnsureOpen(TerritorialRoadmap roadmap, RoadmapAction action, ActionUpdate? update = null)
    {
        if (ClosedReason(roadmap, action, update) is { } reason)
        {
            throw new ConflictException(reason);
        }
    }
}
