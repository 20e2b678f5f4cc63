using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Participation.GetSupportTally;

namespace Roadmap.Application.OpenData.Datasets;

/// <summary>
/// The support tallies of the visible actions, by role and by organisation as the action pages split them
/// (verified standings only, see <see cref="SupportBreakdown"/>): counts, never who. While the roadmap hides
/// its counts (<see cref="TerritorialRoadmap.HidesSupportCounts"/>) the dataset is empty for everyone,
/// the roadmap's team included: a published file is the public's view, and one file for all keeps it cacheable.
/// </summary>
internal sealed class SupportsDataset() : Dataset<SupportsDataset.Row>(
    "soutiens", "Soutiens", "Le nombre de soutiens de chaque action, par rôle des participant·es et par organisation (statuts vérifiés). Vide tant que la feuille de route masque ses soutiens.")
{
    public const string ByRole = "rôle";
    public const string ByOrganisation = "organisation";

    protected override IReadOnlyList<Column> Columns { get; } =
    [
        Col("ligne", FieldType.Text, "Ligne", "Clé de la ligne : identifiant de l'action, regroupement et groupe.", r => $"{r.ActionId}/{r.Grouping}/{r.GroupKey}", required: true),
        Col("action_id", FieldType.Uuid, "Identifiant de l'action", "Action soutenue.", r => r.ActionId, required: true),
        Col("action", FieldType.Text, "Action", "Titre de l'action.", r => r.ActionTitle, required: true),
        Col("regroupement", FieldType.Text, "Regroupement", "« rôle » ou « organisation » : chaque regroupement compte tous les soutiens de l'action une fois.", r => r.Grouping, required: true),
        Col("groupe", FieldType.Text, "Groupe", "Le rôle, ou le nom de l'organisation (« Sans organisation » pour les autres).", r => r.Group, required: true),
        Col("organisation_id", FieldType.Uuid, "Identifiant de l'organisation", "Organisation du groupe, le cas échéant.", r => r.OrganisationId),
        Col("soutiens", FieldType.WholeNumber, "Soutiens", "Nombre de soutiens.", r => r.Count, required: true),
    ];

    protected override async Task<DatasetVersion> CountAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken)
    {
        if (roadmap.HidesSupportCounts)
        {
            return new DatasetVersion(0, null);
        }

        var supports = db.Supports.Where(s => OpenDatasets.VisibleActions(db, roadmap).Any(a => a.Id == s.ActionId));
        var rows = 0;

        // The rows are read anyway to count them: their actions' titles and groups' names sign the version.
        var names = new List<string>();
        await foreach (var row in Query(db, roadmap, cancellationToken))
        {
            rows++;
            names.Add(row.ActionTitle);
            names.Add(row.Group);
        }

        return new DatasetVersion(rows, await supports.MaxAsync(s => (DateTimeOffset?)s.CreatedAt, cancellationToken), await supports.CountAsync(cancellationToken))
            .Signed(names);
    }

    protected override async IAsyncEnumerable<Row> Query(IRoadmapDbContext db, TerritorialRoadmap roadmap, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (roadmap.HidesSupportCounts)
        {
            yield break;
        }

        var actions = OpenDatasets.VisibleActions(db, roadmap);
        var counted = SupportBreakdown.Counted(db, roadmap.Id, actions);
        var byRole =
            from g in counted.GroupBy(s => new { s.ActionId, s.Role }).Select(g => new { g.Key.ActionId, g.Key.Role, Count = g.Count() })
            join a in actions on g.ActionId equals a.Id
            orderby a.CreatedAt, a.Id, g.Role
            select new { g.ActionId, a.Title, g.Role, g.Count };

        // Facilitators and administrators are one group (SupporterGroups): their rows arrive one after the other.
        Row? pending = null;
        await foreach (var count in byRole.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var group = SupporterGroups.Of(count.Role);
            if (pending is not null && pending.ActionId == count.ActionId && pending.GroupKey == group.ToString())
            {
                pending = pending with { Count = pending.Count + count.Count };
                continue;
            }

            if (pending is not null)
            {
                yield return pending;
            }

            pending = new Row(count.ActionId, count.Title, ByRole, group.ToString(), SupporterGroups.Label(group), null, count.Count);
        }

        if (pending is not null)
        {
            yield return pending;
        }

        var byOrganisation =
            from g in counted.GroupBy(s => new { s.ActionId, s.OrganisationId }).Select(g => new { g.Key.ActionId, g.Key.OrganisationId, Count = g.Count() })
            join a in actions on g.ActionId equals a.Id
            orderby a.CreatedAt, a.Id, g.OrganisationId
            select new { g.ActionId, a.Title, g.OrganisationId, g.Count, Name = db.Organisations.Where(o => o.Id == g.OrganisationId).Select(o => o.Name).FirstOrDefault() };
        await foreach (var count in byOrganisation.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var name = count.OrganisationId is null ? SupportBreakdown.NoOrganisation : count.Name ?? SupportBreakdown.DeletedOrganisation;
            yield return new Row(count.ActionId, count.Title, ByOrganisation, count.OrganisationId?.ToString() ?? "aucune", name, count.OrganisationId, count.Count);
        }
    }

    internal sealed record Row(Guid ActionId, string ActionTitle, string Grouping, string GroupKey, string Group, Guid? OrganisationId, int Count);
}
