using Roadmap.Application.Common;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Following;

namespace Roadmap.Application.Actions.ReviewAction;

/// <summary>Tells the proposer, the action's followers and the roadmap's followers that an action changed status.</summary>
internal static class StatusChangeNotice
{
    public static Task SendAsync(Notifier notifier, RoadmapAction action, string roadmapSlug, Guid actorId, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(action.Id, action.RoadmapId, NotificationKind.StatusChanged, Text(action), SiteLinks.Action(roadmapSlug, action.Id),
            actorId, [action.ProposerId], cancellationToken);

    /// <summary>« L'action « X » est maintenant « Retenue » : motif ».</summary>
    public static string Text(RoadmapAction action)
    {
        var progress = action.Status == ActionStatus.InProgress ? $" ({action.ProgressPercent} %)" : "";
        var reason = action.StatusReason.Length > 0 ? $" : {action.StatusReason}" : "";
        return $"L'action « {action.Title} » est maintenant « {action.Status.French()} »{progress}{reason}";
    }
}
