using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.OpenData.Datasets;

/// <summary>
/// What mediators recorded for residents who are not online (decision 029): supports and comments on the visible actions,
/// ideas for the roadmap, each with the organisation that collected it, the resident's commune and age bracket. Never the
/// resident's first name and initial (quasi-identifying in a small commune), never the mediator. Supports are left out while
/// the roadmap hides its counts, as in <see cref="SupportsDataset"/>; entries hidden by moderation are left out.
/// </summary>
internal sealed class MediatedContributionsDataset() : Dataset<MediatedContributionsDataset.Row>(
    "contributions-recueillies", "Contributions recueillies par les médiateur·rices",
    "Les soutiens, commentaires et idées que des médiateur·rices ont recueillis auprès d'habitant·es non connecté·es, comptés à part des contributions en ligne : organisation qui les a recueillis, commune et tranche d'âge, sans le prénom ni l'initiale. Les soutiens sont absents tant que la feuille de route masque ses soutiens.")
{
    protected override IReadOnlyList<Column> Columns { get; } =
    [
        Col("id", FieldType.Uuid, "Identifiant", "Identifiant stable de la contribution.", r => r.Id, required: true),
        Col("type", FieldType.Text, "Type", "« soutien », « commentaire » ou « idée ».", r => r.Kind.French().ToLowerInvariant(), required: true),
        Col("action_id", FieldType.Uuid, "Identifiant de l'action", "Action soutenue ou commentée ; vide pour une idée.", r => r.ActionId),
        Col("action", FieldType.Text, "Action", "Titre de l'action ; vide pour une idée.", r => r.ActionTitle),
        Col("organisation_id", FieldType.Uuid, "Identifiant de l'organisation", "Organisation qui a recueilli la contribution (« recueilli par »).", r => r.OrganisationId, required: true),
        Col("organisation", FieldType.Text, "Recueilli par", "Nom de l'organisation qui a recueilli la contribution.", r => r.Organisation, required: true),
        Col("commune", FieldType.Text, "Commune", "Commune de l'habitant·e.", r => r.Commune, required: true),
        Col("code_insee", FieldType.Text, "Code INSEE", "Code officiel géographique de la commune.", r => r.CommuneCode),
        Col("tranche_age", FieldType.Text, "Tranche d'âge", "Tranche d'âge de l'habitant·e ; vide s'il ou elle ne l'a pas donnée.", r => r.AgeBracket?.French()),
        Col("titre", FieldType.Text, "Titre", "Titre de l'idée ; vide pour un soutien ou un commentaire.", r => r.Title),
        Col("texte", FieldType.Text, "Texte", "Texte du commentaire ou description de l'idée, en Markdown ; vide pour un soutien.", r => r.Body),
        Col("recueilli_le", FieldType.DateTime, "Recueilli le", "Date et heure (UTC) de l'enregistrement par le·la médiateur·rice.", r => r.CreatedAt, required: true),
        Col("corrige_le", FieldType.DateTime, "Corrigé le", "Date et heure (UTC) de la dernière correction.", r => r.CorrectedAt),
    ];

    /// <summary>A withdrawal deletes its row (the count drops); a correction is dated.</summary>
    protected override async Task<DatasetVersion> CountAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken)
    {
        var published = Published(db, roadmap);
        return new DatasetVersion(
            await published.CountAsync(cancellationToken), await published.MaxAsync(c => (DateTimeOffset?)(c.CorrectedAt ?? c.CreatedAt), cancellationToken));
    }

    /// <summary>The actions' titles, the collecting organisations' and the communes' names: renaming them dates no contribution.</summary>
    protected override IQueryable<string> Names(IRoadmapDbContext db, TerritorialRoadmap roadmap)
    {
        var published = Published(db, roadmap);
        return OpenDatasets.VisibleActions(db, roadmap).Where(a => published.Any(c => c.ActionId == a.Id)).Select(a => a.Title)
            .Concat(db.Organisations.Where(o => published.Any(c => c.OrganisationId == o.Id || c.CommuneId == o.Id)).Select(o => o.Name + " " + (o.OfficialCode ?? "")));
    }

    private static IQueryable<MediatedContribution> Published(IRoadmapDbContext db, TerritorialRoadmap roadmap)
    {
        var actions = OpenDatasets.VisibleActions(db, roadmap);
        var supportsShown = !roadmap.HidesSupportCounts;
        return db.MediatedContributions.Where(c => c.RoadmapId == roadmap.Id && c.HiddenAt == null
            && (c.Kind == MediatedContributionKind.Idea
                || (c.Kind == MediatedContributionKind.Comment && actions.Any(a => a.Id == c.ActionId))
                || (c.Kind == MediatedContributionKind.Support && supportsShown && actions.Any(a => a.Id == c.ActionId))));
    }

    protected override IAsyncEnumerable<Row> Query(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken) => (
        from c in Published(db, roadmap).AsNoTracking()
        join o in db.Organisations on c.OrganisationId equals o.Id
        join commune in db.Organisations on c.CommuneId equals commune.Id
        orderby c.Kind, c.ActionId, c.CreatedAt, c.Id
        select new Row(
            c.Id, c.Kind, c.ActionId, db.Actions.Where(a => a.Id == c.ActionId).Select(a => a.Title).FirstOrDefault(), o.Id, o.Name,
            commune.Name, commune.OfficialCode, c.AgeBracket, c.Title, c.Body, c.CreatedAt, c.CorrectedAt))
        .AsAsyncEnumerable();

    internal sealed record Row(
        Guid Id, MediatedContributionKind Kind, Guid? ActionId, string? ActionTitle, Guid OrganisationId, string Organisation,
        string Commune, string? CommuneCode, AgeBracket? AgeBracket, string Title, string Body, DateTimeOffset CreatedAt, DateTimeOffset? CorrectedAt);
}
