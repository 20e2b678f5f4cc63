using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions;

/// <summary>Who may read an action hidden by moderation: the moderators alone, everywhere it is served.</summary>
internal static class ActionVisibility
{
    public static void EnsureReadableBy(RoadmapAction action, ICurrentUser user)
    {
        if (action.IsHidden && !user.IsStaff())
        {
            throw new HiddenByModerationException(action.HiddenReason);
        }
    }
}
