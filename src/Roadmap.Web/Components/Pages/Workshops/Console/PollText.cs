using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Common;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

/// <summary>How the console and the big screen name poll kinds and tell guests' ballots apart.</summary>
public static class PollText
{
    /// <summary>« , dont 8 connecté·es et 4 invité·es », or that guests may not vote.</summary>
    public static string Voters(PollView poll, PollTally results) => poll.GuestsMayVote
        ? $", dont {results.SignedInBallots} {Plural.Of(results.SignedInBallots, "connecté·e", "connecté·es")} et {results.GuestBallots} {Plural.Of(results.GuestBallots, "invité·e", "invité·es")}"
        : ", vote réservé aux personnes connectées";

    public static string Kind(PollKind kind) => kind switch
    {
        PollKind.SingleChoice => "Choix unique",
        PollKind.MultipleChoice => "Choix multiples",
        PollKind.DotVoting => "Vote par points (gommettes)",
        PollKind.Scale => "Échelle de 1 à 5",
        _ => kind.ToString(),
    };
}
