namespace Roadmap.Application.Domain.Following;

public enum NotificationKind
{
    NewComment = 0,
    Reply = 1,
    StatusChanged = 2,
    NewAction = 3,
    PhaseChanged = 4,
    TeamRoleGranted = 5,
    StandingDecided = 6,
    UpdatePosted = 7,
    PilotNamed = 8,
    WorkshopScheduled = 9,
}
