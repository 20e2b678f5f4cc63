using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Polls;

/// <summary>
/// A poll as participants see it. <see cref="MyBallot"/> is the caller's own ballot (never anyone
/// else's); it is null in broadcast events. <see cref="GuestsMayVote"/> false: only signed-in participants vote.
/// <see cref="ResultsWithheld"/>: an open poll's live results reach a participant once they have voted (decision 054);
/// until then <see cref="Results"/> is an empty tally, not the poll's. Facilitators always see them, everyone once it closes.
/// </summary>
public sealed record PollView(
    Guid Id,
    Guid WorkshopId,
    PollKind Kind,
    string Question,
    IReadOnlyList<PollOptionView> Options,
    int MaxChoices,
    int Points,
    bool GuestsMayVote,
    Guid? AgendaItemId,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosesAt,
    DateTimeOffset? ClosedAt,
    bool IsOpen,
    PollTally Results,
    bool ResultsWithheld,
    MyBallotView? MyBallot);

public sealed record PollOptionView(Guid Id, int Position, string Text, Guid? ActionId);

public sealed record MyBallotView(Guid PollId, IReadOnlyList<Guid> OptionIds, IReadOnlyList<OptionPoints> Points, int? Score, DateTimeOffset UpdatedAt);

/// <summary>The payload of <c>PollClosed</c>: the exact final tally.</summary>
public sealed record PollClosedView(Guid PollId, Guid WorkshopId, DateTimeOffset ClosedAt, PollTally Results);
