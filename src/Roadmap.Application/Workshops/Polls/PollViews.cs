using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Polls;

internal static class PollViews
{
    /// <summary>
    /// The poll as one viewer sees it: an open poll's results only to its facilitators and to those who voted in it
    /// (decision 054), anyone else gets an empty tally marked withheld. The view broadcast to the whole room is the view
    /// of a participant without a ballot (no ballot, not a facilitator): withheld while the poll is open.
    /// </summary>
    public static PollView View(Poll poll, PollTally results, Ballot? mine, bool isFacilitator, DateTimeOffset now)
    {
        var withheld = poll.IsOpenAt(now) && !isFacilitator && mine is null;
        return View(poll, withheld ? PollTallies.Withheld(poll) : results, withheld, mine, now);
    }

    private static PollView View(Poll poll, PollTally results, bool withheld, Ballot? mine, DateTimeOffset now) => new(
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
        withheld,
        mine is null ? null : MyBallot(mine, poll.Kind));

    public static MyBallotView MyBallot(Ballot ballot, PollKind kind) => new(
        ballot.PollId,
        kind is PollKind.SingleChoice or PollKind.MultipleChoice ? [.. ballot.Choices.Select(c => c.OptionId)] : [],
        kind == PollKind.DotVoting ? [.. ballot.Choices.Select(c => new OptionPoints(c.OptionId, c.Points))] : [],
        ballot.Score,
        ballot.UpdatedAt);
}
