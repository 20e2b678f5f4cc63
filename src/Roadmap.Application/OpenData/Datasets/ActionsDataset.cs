using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.OpenData.Datasets;

/// <summary>
/// The actions of the roadmap, as their pages show them; those hidden by moderation are left out. The online supports and those
/// mediators recorded for residents are two columns, never added up, both empty while the roadmap hides its counts.
/// </summary>
internal sealed class ActionsDataset() : Dataset<ActionsDataset.Row>(
    "actions", "Actions", "Les fiches actions de la feuille de route : axe, statut, avancement, difficulté, porteur, budget estimé, et soutiens en ligne et recueillis par des médiateur·rices, comptés à part.")
{
    protected override IReadOnlyList<Column> Columns { get; } =
    [
        Col("id", FieldType.Uuid, "Identifiant", "Identifiant stable de l'action.", r => r.Id, required: true),
        Col("axe_id", FieldType.Uuid, "Identifiant de l'axe", "Axe stratégique de l'action.", r => r.AxisId, required: true),
        Col("axe", FieldType.Text, "Axe", "Titre de l'axe stratégique.", r => r.AxisTitle, required: true),
        Col("titre", FieldType.Text, "Titre", "Titre de l'action.", r => r.Title, required: true),
        Col("resume", FieldType.Text, "Résumé", "Résumé de l'action.", r => r.Summary),
        Col("en_bref", FieldType.Text, "En bref", "Résumé en français facile à lire et à comprendre (FALC), une phrase par ligne ; vide s'il n'y en a pas.", r => r.EasyRead),
        Col("description", FieldType.Text, "Description", "Description de l'action, en Markdown.", r => r.Description),
        Col("statut", FieldType.Text, "Statut", "Proposée, En examen, Retenue, Fusionnée, Non retenue, En cours, Réalisée ou Retirée.", r => r.Status.French(), required: true),
        Col("motif_statut", FieldType.Text, "Motif du statut", "Motif donné au dernier changement de statut.", r => r.StatusReason),
        Col("fusionnee_dans", FieldType.Uuid, "Fusionnée dans", "Identifiant de l'action dans laquelle celle-ci a été fusionnée.", r => r.MergedIntoId),
        Col("avancement", FieldType.WholeNumber, "Avancement (%)", "Part réalisée de l'action, de 0 à 100.", r => r.ProgressPercent, required: true),
        Col("regle_avancement", FieldType.Text, "Règle d'avancement", "Comment l'avancement est établi : par les pilotes ou d'après les indicateurs.", r => r.ProgressRule.French(), required: true),
        Col("difficulte", FieldType.Text, "Difficulté", "Difficulté signalée par les pilotes (vide : aucune).", r => r.Difficulty == ActionDifficulty.None ? null : r.Difficulty.French()),
        Col("explication_difficulte", FieldType.Text, "Explication de la difficulté", "Explication publique de la difficulté.", r => r.DifficultyExplanation),
        Col("organisation_porteuse", FieldType.Text, "Organisation porteuse", "Organisation qui porte l'action.", r => r.Organisation),
        Col("budget_estime", FieldType.Number, "Budget estimé (€)", "Montant estimé, en euros.", r => r.EstimatedAmount),
        Col("financement", FieldType.Text, "Financement", "Sources de financement envisagées.", r => r.Funding),
        Col("cree_le", FieldType.DateTime, "Proposée le", "Date et heure (UTC) de la proposition.", r => r.CreatedAt, required: true),
        Col("mis_a_jour_le", FieldType.DateTime, "Mise à jour le", "Date et heure (UTC) de la dernière modification.", r => r.UpdatedAt, required: true),
        Col("soutiens", FieldType.WholeNumber, "Soutiens en ligne", "Nombre de soutiens donnés en ligne ; vide tant que la feuille de route masque ses soutiens.", r => r.SupportCount),
        Col("soutiens_recueillis", FieldType.WholeNumber, "Soutiens recueillis par des médiateur·rices",
            "Nombre de soutiens recueillis par des médiateur·rices auprès d'habitant·es non connecté·es, comptés à part (jamais inclus dans « soutiens ») ; vide tant que la feuille de route masque ses soutiens.",
            r => r.MediatedSupportCount),
    ];

    /// <summary>
    /// A support dates no action: the latest support and mediated support date the file, and the counts sign it (a withdrawal dates
    /// nothing). While the counts are hidden neither goes in, so that the file's tag does not tell them either.
    /// </summary>
    protected override async Task<DatasetVersion> CountAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken)
    {
        var visible = OpenDatasets.VisibleActions(db, roadmap);
        var version = new DatasetVersion(await visible.CountAsync(cancellationToken), await visible.MaxAsync(a => (DateTimeOffset?)a.UpdatedAt, cancellationToken));
        if (roadmap.HidesSupportCounts)
        {
            return version;
        }

        var supported = await db.Supports.Where(s => visible.Any(a => a.Id == s.ActionId)).MaxAsync(s => (DateTimeOffset?)s.CreatedAt, cancellationToken);
        var mediated = await db.MediatedContributions.Where(c => c.Kind == MediatedContributionKind.Support && visible.Any(a => a.Id == c.ActionId))
            .MaxAsync(c => (DateTimeOffset?)c.CreatedAt, cancellationToken);
        var counts = await visible.Select(a => new { a.Id, a.SupportCount, a.MediatedSupportCount }).ToListAsync(cancellationToken);
        return (version with { LastModified = new[] { version.LastModified, supported, mediated }.Max() })
            .Signed(counts.Select(c => $"{c.Id} {c.SupportCount} {c.MediatedSupportCount}"));
    }

    /// <summary>The axes' titles and the carrying organisations' names: renaming them dates no action.</summary>
    protected override IQueryable<string> Names(IRoadmapDbContext db, TerritorialRoadmap roadmap)
    {
        var actions = OpenDatasets.VisibleActions(db, roadmap);
        return db.Axes.Where(x => x.RoadmapId == roadmap.Id).Select(x => x.Title)
            .Concat(db.Organisations.Where(o => actions.Any(a => a.OrganisationId == o.Id)).Select(o => o.Name));
    }

    protected override IAsyncEnumerable<Row> Query(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken)
    {
        var countsHidden = roadmap.HidesSupportCounts;
        return (
            from a in OpenDatasets.VisibleActions(db, roadmap)
            join x in db.Axes on a.AxisId equals x.Id
            orderby a.CreatedAt, a.Id
            select new Row(
                a.Id, x.Id, x.Title, a.Title, a.Summary, a.Description, a.Status, a.StatusReason, a.MergedIntoId, a.ProgressPercent, a.ProgressRule,
                a.Difficulty, a.DifficultyExplanation, db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                a.Budget.EstimatedAmount, a.Budget.Funding, a.CreatedAt, a.UpdatedAt, a.EasyRead,
                countsHidden ? null : (int?)a.SupportCount, countsHidden ? null : (int?)a.MediatedSupportCount))
            .AsAsyncEnumerable();
    }

    internal sealed record Row(
        Guid Id, Guid AxisId, string AxisTitle, string Title, string Summary, string Description, ActionStatus Status, string StatusReason,
        Guid? MergedIntoId, int ProgressPercent, ProgressRule ProgressRule, ActionDifficulty Difficulty, string DifficultyExplanation,
        string? Organisation, decimal? EstimatedAmount, string Funding, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string EasyRead,
        int? SupportCount, int? MediatedSupportCount);
}
