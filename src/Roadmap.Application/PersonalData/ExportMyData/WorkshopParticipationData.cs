using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.PersonalData.ExportMyData;

/// <summary>
/// What the live workshops hold about the account (rows keyed by the participant key <c>u:&lt;id&gt;</c>):
/// attendances, ideas, ballots, idea upvotes and raised hands, each with the workshop's title.
/// </summary>
public sealed record WorkshopParticipationData(
    IReadOnlyList<WorkshopAttendanceData> Attendances,
    IReadOnlyList<WorkshopIdeaData> Ideas,
    IReadOnlyList<WorkshopBallotData> Ballots,
    IReadOnlyList<WorkshopIdeaUpvoteData> IdeaUpvotes,
    IReadOnlyList<WorkshopHandData> RaisedHands);

public sealed record WorkshopAttendanceData(
    Guid WorkshopId, string WorkshopTitle, string DisplayName, DateTimeOffset JoinedAt, DateTimeOffset LastJoinedAt, DateTimeOffset? LeftAt);

/// <summary>Visible (on the ideas wall), Hidden (by the facilitator, with a public reason) or Promoted (it became an action).</summary>
public enum WorkshopIdeaStatus
{
    Visible,
    Hidden,
    Promoted,
}

public sealed record WorkshopIdeaData(
    Guid Id, Guid WorkshopId, string WorkshopTitle, string Text, string AuthorName, DateTimeOffset PostedAt, int Upvotes,
    WorkshopIdeaStatus Status, string HiddenReason, Guid? PromotedActionId);

/// <summary>A ballot as cast: the options chosen (by their text) with their points, or the score of a scale.</summary>
public sealed record WorkshopBallotData(
    Guid PollId, Guid WorkshopId, string WorkshopTitle, string Question, PollKind Kind,
    IReadOnlyList<WorkshopBallotChoiceData> Choices, int? Score, DateTimeOffset CastAt, DateTimeOffset UpdatedAt);

public sealed record WorkshopBallotChoiceData(Guid OptionId, string OptionText, int Points);

public sealed record WorkshopIdeaUpvoteData(Guid IdeaId, Guid WorkshopId, string WorkshopTitle, DateTimeOffset CreatedAt);

public sealed record WorkshopHandData(
    Guid WorkshopId, string WorkshopTitle, string DisplayName, DateTimeOffset RaisedAt, DateTimeOffset? LoweredAt, DateTimeOffset? CalledAt);
