using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Actions.GetActionDetails;

/// <summary>
/// An action's page. <see cref="CommentCount"/> counts visible comments; the comments themselves come a page at a time from ListComments.
/// <see cref="HiddenReason"/> is set when moderation hid the action (only moderators receive it then).
/// <see cref="EasyRead"/> is the « En bref » (plain text, lines separated by LF; empty when none).
/// <see cref="SupportCount"/> is null while the roadmap hides its support counts from the caller; so is
/// <see cref="MediatedSupportCount"/>, the supports mediators recorded for residents, counted apart and never added to it.
/// </summary>
public sealed record ActionDetails(
    Guid Id,
    string RoadmapSlug,
    string RoadmapTitle,
    RoadmapPhase RoadmapPhase,
    Guid AxisId,
    string AxisTitle,
    string Title,
    string Summary,
    string EasyRead,
    string DescriptionHtml,
    string ProposerName,
    string? OrganisationName,
    ActionStatus Status,
    string StatusReason,
    int ProgressPercent,
    ActionLink? MergedInto,
    ActionBudget Budget,
    IReadOnlyList<SuccessIndicator> Indicators,
    IReadOnlyList<PoolingOption> PoolingOptions,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Territories,
    IReadOnlyList<HistoryEntry> History,
    int? SupportCount,
    IReadOnlyList<string> EndorsingOrganisations,
    int CommentCount,
    string? HiddenReason,
    int? MediatedSupportCount = null);

public sealed record ActionLink(Guid Id, string Title);

public sealed record HistoryEntry(ActionStatus From, ActionStatus To, string Reason, string? ByName, DateTimeOffset At, int? ProgressPercent);

/// <summary>
/// A comment as shown publicly; hidden or deleted ones keep their place in the thread without their text.
/// <see cref="IsHidden"/> covers both a moderator's decision and a hold after reports (<see cref="IsHeld"/>).
/// The last fields describe the viewer's options and are false for anonymous visitors; <see cref="BodyMarkdown"/>
/// (the raw text, for the edit form) is filled only for the viewer's own visible comments. <see cref="CanUpvote"/> and
/// <see cref="CanReply"/> say what the commands would accept while the thread is open (not one's own, not a hidden
/// comment; not below <see cref="Comment.MaxDepth"/>), so that the page offers nothing they would refuse.
/// </summary>
public sealed record CommentView(
    Guid Id, Guid? ParentId, int Depth, string AuthorName, ParticipantRole AuthorRole, string BodyHtml, CommentAlignment Alignment,
    DateTimeOffset CreatedAt, bool Edited, bool IsHidden, string HiddenReason, bool IsDeleted, int UpvoteCount,
    bool IsHeld = false, bool IsMine = false, bool CanEdit = false, bool UpvotedByMe = false, string? BodyMarkdown = null,
    bool CanUpvote = false, bool CanReply = false);
