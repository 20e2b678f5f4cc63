using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Polls;

internal static class PollViews
{
    public static PollView View(Poll poll, PollTally results, Ballot? mine, DateTimeOffset now) => new(
        poll.Id,
        poll.WorkshopId,
        poll.Kind,
        poll.Question,
        [.. poll.Options.OrderBy(o => o.Position).Select(o => new PollOptionView(o.Id, o.Position, o.Text, o.ActionId))],
        poll.MaxChoices,
        poll.Points,
        poll.GuestsMayVote,
        poll.AgendaItemId,
        poll.OpenedAt,
        poll.ClosesAt,
        poll.ClosedAt,
        poll.IsOpenAt(now),
        results,
        mine is null ? null : MyBallot(mine, poll.Kind));

    public static MyBallotView MyBallot(Ballot ballot, PollKind kind) => new(
        ballot.PollId,
        kind is PollKind.SingleChoice or PollKind.MultipleChoice ? [.. ballot.Choices.Select(c => c.OptionId)] : [],
        kind == PollKind.DotVoting ? [.. ballot.Choices.Select(c => new OptionPoints(c.OptionId, c.Points))] : [],
        ballot.Score,
        ballot.UpdatedAt);
}
