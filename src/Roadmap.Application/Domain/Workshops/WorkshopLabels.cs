namespace Roadmap.Application.Domain.Workshops;

public static class WorkshopLabels
{
    public static string French(this WorkshopStatus status) => status switch
    {
        WorkshopStatus.Scheduled => "Programmé",
        WorkshopStatus.Live => "En cours",
        WorkshopStatus.Closed => "Terminé",
        WorkshopStatus.Cancelled => "Annulé",
        _ => status.ToString(),
    };

    public static string French(this WorkshopMode mode) => mode switch
    {
        WorkshopMode.Visio => "En visioconférence",
        WorkshopMode.InPerson => "En présentiel",
        WorkshopMode.Hybrid => "Hybride (présentiel et visioconférence)",
        _ => mode.ToString(),
    };

    public static string French(this PollKind kind) => kind switch
    {
        PollKind.SingleChoice => "Choix unique",
        PollKind.MultipleChoice => "Choix multiple",
        PollKind.DotVoting => "Vote par points",
        PollKind.Scale => "Échelle de 1 à 5",
        _ => kind.ToString(),
    };
}
