using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.OpenData.Datasets;

/// <summary>The indicators of the visible actions, with the ids the CSV import of measured values refers to.</summary>
internal sealed class IndicatorsDataset() : Dataset<IndicatorsDataset.Row>(
    "indicateurs", "Indicateurs", "Les indicateurs de réussite des actions : valeur initiale, cible, échéance et dernière valeur mesurée. Leur identifiant sert à importer des valeurs.")
{
    protected override IReadOnlyList<Column> Columns { get; } =
    [
        Col("id", FieldType.Uuid, "Identifiant", "Identifiant stable de l'indicateur (colonne indicateur de l'import de valeurs).", r => r.Id, required: true),
        Col("action_id", FieldType.Uuid, "Identifiant de l'action", "Action que l'indicateur mesure.", r => r.ActionId, required: true),
        Col("action", FieldType.Text, "Action", "Titre de l'action.", r => r.ActionTitle, required: true),
        Col("rang", FieldType.WholeNumber, "Rang", "Ordre de l'indicateur dans l'action, à partir de 1.", r => r.Position + 1, required: true),
        Col("nom", FieldType.Text, "Nom", "Ce que l'indicateur mesure.", r => r.Name, required: true),
        Col("unite", FieldType.Text, "Unité", "Unité des valeurs.", r => r.Unit),
        Col("valeur_initiale", FieldType.Number, "Valeur initiale", "Valeur au départ de la trajectoire.", r => r.Baseline),
        Col("date_valeur_initiale", FieldType.Date, "Date de la valeur initiale", "Date de mesure de la valeur initiale.", r => r.BaselineOn),
        Col("cible", FieldType.Number, "Cible", "Valeur visée.", r => r.Target, required: true),
        Col("echeance", FieldType.Date, "Échéance", "Date à laquelle la cible doit être atteinte.", r => r.DueOn),
        Col("derniere_valeur", FieldType.Number, "Dernière valeur", "Valeur mesurée la plus récente.", r => r.LatestValue),
        Col("date_derniere_valeur", FieldType.Date, "Date de la dernière valeur", "Date de mesure de la dernière valeur.", r => r.LatestMeasuredOn),
    ];

    protected override async Task<DatasetVersion> CountAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken)
    {
        var actions = OpenDatasets.VisibleActions(db, roadmap);
        var rows = await db.Indicators.CountAsync(i => actions.Any(a => a.Id == i.ActionId), cancellationToken);
        var edited = await actions.MaxAsync(a => (DateTimeOffset?)a.UpdatedAt, cancellationToken);
        var values = await ValuesDataset.VersionOfAsync(db, roadmap, cancellationToken);

        // A withdrawn value changes the latest value without a date: the number of values tells it.
        return new DatasetVersion(rows, Later(edited, values.LastModified), values.Rows);
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null || (b is not null && b > a) ? b : a;

    protected override IAsyncEnumerable<Row> Query(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken) => (
        from i in db.Indicators.AsNoTracking()
        join a in OpenDatasets.VisibleActions(db, roadmap) on i.ActionId equals a.Id
        orderby a.CreatedAt, a.Id, i.Position
        select new Row(i.Id, a.Id, a.Title, i.Position, i.Name, i.Unit, i.Baseline, i.BaselineOn, i.Target, i.DueOn, i.LatestValue, i.LatestMeasuredOn))
        .AsAsyncEnumerable();

    internal sealed record Row(
        Guid Id, Guid ActionId, string ActionTitle, int Position, string Name, string Unit, decimal? Baseline, DateOnly? BaselineOn,
        decimal Target, DateOnly? DueOn, decimal? LatestValue, DateOnly? LatestMeasuredOn);
}
