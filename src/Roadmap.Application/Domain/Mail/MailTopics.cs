using Roadmap.Application.Domain.Following;

namespace Roadmap.Application.Domain.Mail;

/// <summary>Which mail preference governs each kind of notification.</summary>
public static class MailTopics
{
    public static MailTopic Of(NotificationKind kind) => kind switch
    {
        NotificationKind.NewComment or NotificationKind.Reply => MailTopic.Comments,
        NotificationKind.StatusChanged => MailTopic.Statuses,
        NotificationKind.UpdatePosted => MailTopic.Updates,
        NotificationKind.StandingDecided => MailTopic.Standing,
        NotificationKind.WorkshopScheduled => MailTopic.Workshops,
        NotificationKind.NewAction or NotificationKind.PhaseChanged => MailTopic.Roadmaps,
        NotificationKind.TeamRoleGranted or NotificationKind.PilotNamed => MailTopic.Roles,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Every kind of notification has a mail topic."),
    };
}
