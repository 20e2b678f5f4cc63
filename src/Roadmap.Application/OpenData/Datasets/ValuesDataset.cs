using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.OpenData.Datasets;

/// <summary>
/// The measured values of the indicators of the visible actions. A corrected value is the value as corrected,
/// flagged; what it replaced stays in the action's history on the site. Who recorded it is not published.
/// </summary>
internal sealed class ValuesDataset() : Dataset<ValuesDataset.Row>(
    "valeurs", "Valeurs mesurées", "Les valeurs mesurées des indicateurs, datées, avec leur source ; une valeur corrigée est signalée.")
{
    protected override IReadOnlyList<Column> Columns { get; } =
    [
        Col("id", FieldType.Uuid, "Identifiant", "Identifiant stable de la valeur.", r => r.Id, required: true),
        Col("indicateur_id", FieldType.Uuid, "Identifiant de l'indicateur", "Indicateur mesuré (jeu de données indicateurs).", r => r.IndicatorId, required: true),
        Col("action_id", FieldType.Uuid, "Identifiant de l'action", "Action de l'indicateur.", r => r.ActionId, required: true),
        Col("indicateur", FieldType.Text, "Indicateur", "Nom de l'indicateur.", r => r.IndicatorName, required: true),
        Col("date_mesure", FieldType.Date, "Date de mesure", "Date à laquelle la valeur a été mesurée.", r => r.MeasuredOn, required: true),
        Col("valeur", FieldType.Number, "Valeur", "Valeur mesurée, dans l'unité de l'indicateur.", r => r.Value, required: true),
        Col("unite", FieldType.Text, "Unité", "Unité de l'indicateur.", r => r.Unit),
        Col("source", FieldType.Text, "Source", "D'où vient la valeur.", r => r.Source),
        Col("commentaire", FieldType.Text, "Commentaire", "Commentaire joint à la valeur.", r => r.Comment),
        Col("enregistree_le", FieldType.DateTime, "Enregistrée le", "Date et heure (UTC) de l'enregistrement.", r => r.RecordedAt, required: true),
        Col("corrigee", FieldType.Boolean, "Corrigée", "true si la valeur a été corrigée depuis son enregistrement.", r => r.CorrectedAt is not null, required: true),
        Col("corrigee_le", FieldType.DateTime, "Corrigée le", "Date et heure (UTC) de la dernière correction.", r => r.CorrectedAt),
    ];

    protected override Task<DatasetVersion> CountAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken) =>
        VersionOfAsync(db, roadmap, cancellationToken);

    public static async Task<DatasetVersion> VersionOfAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken)
    {
        var values = Visible(db, roadmap);
        return new DatasetVersion(await values.CountAsync(cancellationToken), await values.MaxAsync(v => (DateTimeOffset?)(v.CorrectedAt ?? v.RecordedAt), cancellationToken));
    }

    /// <summary>The indicators' names and units, which a value shows but does not date.</summary>
    protected override IQueryable<string> Names(IRoadmapDbContext db, TerritorialRoadmap roadmap)
    {
        var actions = OpenDatasets.VisibleActions(db, roadmap);
        return db.Indicators.Where(i => actions.Any(a => a.Id == i.ActionId)).Select(i => i.Name + " " + i.Unit);
    }

    private static IQueryable<Domain.FollowUp.IndicatorValue> Visible(IRoadmapDbContext db, TerritorialRoadmap roadmap)
    {
        var actions = OpenDatasets.VisibleActions(db, roadmap);
        return db.IndicatorValues.Where(v => actions.Any(a => a.Id == v.ActionId));
    }

    protected override IAsyncEnumerable<Row> Query(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken) => (
        from v in Visible(db, roadmap).AsNoTracking()
        join i in db.Indicators on v.IndicatorId equals i.Id
        orderby v.ActionId, i.Position, v.MeasuredOn, v.Id
        select new Row(v.Id, i.Id, v.ActionId, i.Name, v.MeasuredOn, v.Value, i.Unit, v.Source, v.Comment, v.RecordedAt, v.CorrectedAt))
        .AsAsyncEnumerable();

    internal sealed record Row(
        Guid Id, Guid IndicatorId, Guid ActionId, string IndicatorName, DateOnly MeasuredOn, decimal Value, string Unit, string Source,
        string Comment, DateTimeOffset RecordedAt, DateTimeOffset? CorrectedAt);
}
