using Roadmap.Application.Common;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Polls;

/// <summary>
/// The results of a poll computed from the stored ballots: the number of voters, per-option votes and
/// points (choices and dot-voting), the average and distribution (scale), and the same split by role
/// (guests are a group of their own). <see cref="Ballots"/> = <see cref="SignedInBallots"/> +
/// <see cref="GuestBallots"/>, always told apart. <see cref="ByRole"/> follows <see cref="BallotSecrecy"/>:
/// no group under the minimum, small groups merged into « Others », or empty when no split is safe.
/// <see cref="IsFinal"/> is true once the poll is closed: the tally can no longer move. <see cref="Bars"/>
/// and <see cref="AverageText"/> are the one shape of results that the pages and scripts draw.
/// </summary>
public sealed record PollTally(
    Guid PollId,
    Guid WorkshopId,
    PollKind Kind,
    int Ballots,
    int SignedInBallots,
    int GuestBallots,
    bool GuestsMayVote,
    IReadOnlyList<OptionTally> Options,
    ScaleTally? Scale,
    IReadOnlyList<RoleTally> ByRole,
    bool IsFinal)
{
    /// <summary>The counts taken in the room (show of hands or paper), apart from the ballots above; null if none was entered.</summary>
    public HandTally? Hands { get; init; }

    /// <summary>The bars to draw, computed here once for the pages and the scripts (sent with every tally).</summary>
    public IReadOnlyList<ResultBar> Bars => ResultBar.Of(this);

    /// <summary>« 3,4 sur 5 », or null before the first note (and for other kinds).</summary>
    public string? AverageText => Scale?.Average is { } average ? $"{FrenchFormat.OneDecimal(average)} sur {Poll.ScaleMax}" : null;

    /// <summary>« , dont 8 connecté·es et 4 invité·es » (guests' ballots are always counted apart), or that guests may not vote.</summary>
    public string VotersText => GuestsMayVote
        ? $", dont {SignedInBallots} {Plural.Of(SignedInBallots, "connecté·e", "connecté·es")} et {GuestBallots} {Plural.Of(GuestBallots, "invité·e", "invité·es")}"
        : ", vote réservé aux personnes connectées";
}

/// <summary><see cref="Votes"/>: ballots that chose the option (or gave it points); <see cref="Points"/>: points it received (= votes for choices).</summary>
public sealed record OptionTally(Guid OptionId, int Votes, int Points);

/// <summary><see cref="Distribution"/>[0] counts the 1s, …, [4] the 5s.</summary>
public sealed record ScaleTally(double? Average, IReadOnlyList<int> Distribution);

/// <summary>Results among one role (<see cref="Role"/> is a ParticipantRole name, « Guest », or « Others » for small groups put together).</summary>
public sealed record RoleTally(string Role, string Label, int Ballots, IReadOnlyList<OptionTally> Options, ScaleTally? Scale);
