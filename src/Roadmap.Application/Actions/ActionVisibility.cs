using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions;

/// <summary>Who may read an action hidden by moderation: the team of its roadmap alone (those who moderate it), everywhere it is served.</summary>
internal static class ActionVisibility
{
    public static async Task EnsureReadableByAsync(this IRoadmapDbContext db, RoadmapAction action, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (action.IsHidden && !await db.IsTeamAsync(user, action.RoadmapId, cancellationToken))
        {
            throw new HiddenByModerationException(action.HiddenReason);
        }
    }

    public static void EnsureReadableBy(this RoadmapAction action, Audience audience)
    {
        if (action.IsHidden && audience != Audience.Team)
        {
            throw new HiddenByModerationException(action.HiddenReason);
        }
    }
}
