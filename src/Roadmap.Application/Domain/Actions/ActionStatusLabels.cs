namespace Roadmap.Application.Domain.Actions;

public static class ActionStatusLabels
{
    public static string French(this ActionStatus status) => status switch
    {
        ActionStatus.Proposed => "Proposée",
        ActionStatus.UnderReview => "En cours d'examen",
        ActionStatus.Retained => "Retenue",
        ActionStatus.Merged => "Fusionnée",
        ActionStatus.NotRetained => "Non retenue",
        ActionStatus.InProgress => "En cours de réalisation",
        ActionStatus.Done => "Réalisée",
        ActionStatus.Withdrawn => "Retirée",
        _ => status.ToString(),
    };
}
