using Roadmap.Application.Common;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.FollowUp.GetRoadmapDocument;

/// <summary>The sentences and cells the print page and the .docx share, so both say the same thing the same way.</summary>
public static class DocumentText
{
    public const string NoValue = "—";

    public static readonly IReadOnlyList<string> IndicatorHeaders = ["Indicateur", "Situation de départ", "Dernière mesure", "Cible", "Échéance"];

    public static readonly IReadOnlyList<string> BudgetHeaders = ["Année", "Engagé", "Dépensé"];

    /// <summary>« Feuille de route adoptée le 12 mai 2026 », or the phase it is in before adoption.</summary>
    public static string Standing(RoadmapDocument document) => document switch
    {
        { IsAdopted: true, AdoptedOn: { } on } => $"Feuille de route adoptée le {FrenchFormat.Date(on)}",
        { IsAdopted: true } => "Feuille de route adoptée",
        _ => $"Projet de feuille de route — phase en cours : {document.Phase.French()}",
    };

    public static string AxisHeading(DocumentAxis axis) => $"Axe {axis.Number} — {axis.Title}";

    public static string ActionHeading(DocumentAction action) => $"{action.Number} {action.Title}";

    public static string Progress(DocumentAction action) =>
        $"Statut : {action.Status.French()} · Avancement : {action.ProgressPercent} %";

    /// <summary>The lines « Portée par … », « Partenaires : … », « Territoires concernés : … », « Pilotes : … » that apply.</summary>
    public static IEnumerable<string> Facts(DocumentAction action)
    {
        if (action.Organisation is { } organisation)
        {
            yield return $"Portée par : {organisation}";
        }

        if (action.Partners.Count > 0)
        {
            yield return $"Partenaires : {string.Join(", ", action.Partners)}";
        }

        if (action.Territories.Count > 0)
        {
            yield return $"Territoires concernés : {string.Join(", ", action.Territories)}";
        }

        if (action.Pilots.Count > 0)
        {
            yield return $"{(action.Pilots.Count == 1 ? "Pilote" : "Pilotes")} : {string.Join(", ", action.Pilots)}";
        }
    }

    public static IReadOnlyList<string> IndicatorRow(DocumentIndicator indicator) =>
    [
        indicator.Name,
        indicator.Baseline is { } baseline ? Dated(Quantity(baseline, indicator.Unit), indicator.BaselineOn) : NoValue,
        indicator.LatestValue is { } latest ? Dated(Quantity(latest, indicator.Unit), indicator.LatestMeasuredOn) : "Pas encore mesuré",
        Quantity(indicator.Target, indicator.Unit),
        indicator.DueOn is { } due ? FrenchFormat.Date(due) : NoValue,
    ];

    /// <summary>« Budget estimé : 120 000 € » and « Financement : … », those that are known.</summary>
    public static IEnumerable<string> BudgetLines(DocumentAction action)
    {
        if (action.EstimatedBudget is { } estimated)
        {
            yield return $"Budget estimé : {FrenchFormat.Euros(estimated)}";
        }

        if (action.Funding.Length > 0)
        {
            yield return $"Financement : {action.Funding}";
        }
    }

    public static IReadOnlyList<string> BudgetRow(ActionBudgetYear year) =>
        [year.Year.ToString(FrenchFormat.Culture), FrenchFormat.Euros(year.Committed), FrenchFormat.Euros(year.Spent)];

    private static string Quantity(decimal value, string unit) => unit.Length > 0 ? $"{FrenchFormat.Number(value)} {unit}" : FrenchFormat.Number(value);

    private static string Dated(string value, DateOnly? on) => on is { } day ? $"{value} ({FrenchFormat.Date(day)})" : value;
}
