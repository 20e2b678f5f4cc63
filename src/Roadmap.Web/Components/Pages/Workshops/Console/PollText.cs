using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

/// <summary>How the console and the big screen name poll kinds.</summary>
public static class PollText
{
    public static string Kind(PollKind kind) => kind switch
    {
        PollKind.SingleChoice => "Choix unique",
        PollKind.MultipleChoice => "Choix multiples",
        PollKind.DotVoting => "Vote par points (gommettes)",
        PollKind.Scale => "Échelle de 1 à 5",
        _ => kind.ToString(),
    };
}
