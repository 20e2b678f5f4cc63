namespace Roadmap.Application.Audit;

/// <summary>The journal's action codes in French; an unknown code is shown as it is.</summary>
public static class AuditActions
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["roadmap.created"] = "Feuille de route créée",
        ["roadmap.updated"] = "Feuille de route modifiée",
        ["roadmap.archived"] = "Feuille de route archivée",
        ["roadmap.restored"] = "Feuille de route restaurée",
        ["roadmap.phases"] = "Phases planifiées",
        ["roadmap.advanced"] = "Phase changée",
        ["roadmap.rules"] = "Règles de participation modifiées",
        ["axis.created"] = "Axe ajouté",
        ["axis.updated"] = "Axe modifié",
        ["axis.archived"] = "Axe archivé",
        ["axis.reordered"] = "Axes réordonnés",
        ["team.granted"] = "Rôle d'équipe donné",
        ["team.revoked"] = "Rôle d'équipe retiré",
        ["territory.imported"] = "Territoire importé",
        ["organisation.created"] = "Organisation créée",
        ["organisation.updated"] = "Organisation modifiée",
        ["standing.approved"] = "Qualité approuvée",
        ["standing.refused"] = "Qualité refusée",
        ["user.roles"] = "Rôles d'un compte modifiés",
        ["action.pilots"] = "Pilotes d'une action nommés",
        ["action.difficulty"] = "Difficulté d'une action signalée",
        ["action.progress-rule"] = "Règle d'avancement choisie",
        ["action.progress"] = "Avancement d'une action fixé",
        ["action.budget-years"] = "Budget par année d'une action modifié",
        ["mail.retried"] = "Courriel renvoyé",
        ["mail.retried-all"] = "Courriels abandonnés renvoyés",
        ["mediator.granted"] = "Rôle de médiateur·rice donné",
        ["mediator.revoked"] = "Rôle de médiateur·rice retiré",
        ["comment.hidden"] = "Commentaire masqué",
        ["comment.restored"] = "Commentaire affiché, signalements écartés",
        ["action.hidden"] = "Action masquée",
        ["action.restored"] = "Action affichée, signalements écartés",
        ["mediation.hidden"] = "Contribution recueillie masquée",
        ["mediation.restored"] = "Contribution recueillie affichée de nouveau",
    };

    public static string French(string code) => Labels.GetValueOrDefault(code, code);
}
