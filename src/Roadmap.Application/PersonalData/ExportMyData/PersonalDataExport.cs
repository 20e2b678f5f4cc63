using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.PersonalData.ExportMyData;

/// <summary>Everything the platform holds about one account (RGPD, right of access and portability).</summary>
public sealed record PersonalDataExport(
    DateTimeOffset ExportedAt,
    AccountData Account,
    IReadOnlyList<ProposedActionData> Actions,
    IReadOnlyList<SupportData> Supports,
    IReadOnlyList<EndorsementData> Endorsements,
    IReadOnlyList<CommentData> Comments,
    IReadOnlyList<UpvoteData> Upvotes,
    IReadOnlyList<ReportData> Reports,
    IReadOnlyList<FollowData> Follows,
    IReadOnlyList<NotificationData> Notifications,
    WorkshopParticipationData Workshops,
    MailData Mail,
    MediationData Mediation);

public sealed record AccountData(
    Guid Id, string Email, string DisplayName, Guid? OrganisationId, string? OrganisationName, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt);

public sealed record ProposedActionData(Guid Id, Guid RoadmapId, string Title, ActionStatus Status, DateTimeOffset CreatedAt);

public sealed record SupportData(Guid ActionId, string ActionTitle, ParticipantRole Role, DateTimeOffset CreatedAt);

public sealed record EndorsementData(Guid ActionId, Guid OrganisationId, DateTimeOffset CreatedAt);

public sealed record CommentData(
    Guid Id, Guid ActionId, Guid? ParentId, string Body, CommentAlignment Alignment, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, DateTimeOffset? DeletedAt);

public sealed record UpvoteData(Guid CommentId, DateTimeOffset CreatedAt);

public sealed record ReportData(ReportTarget Target, Guid TargetId, string Reason, DateTimeOffset CreatedAt);

public sealed record FollowData(FollowTarget Target, Guid TargetId, DateTimeOffset CreatedAt);

public sealed record NotificationData(NotificationKind Kind, string Text, string Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
