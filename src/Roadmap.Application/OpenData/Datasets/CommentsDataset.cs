using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.OpenData.Datasets;

/// <summary>
/// The public comments on the visible actions and on their visible points d'étape. Hidden, held and deleted
/// comments are left out (the site keeps only their place); the author is named as on the site, and an
/// erased account as « Participant·e supprimé·e ». The text is the Markdown the author typed.
/// </summary>
internal sealed class CommentsDataset() : Dataset<CommentsDataset.Row>(
    "commentaires", "Commentaires", "Les commentaires publics sur les actions et leurs points d'étape, avec leur auteur·rice tel·le que le site l'affiche.")
{
    protected override IReadOnlyList<Column> Columns { get; } =
    [
        Col("id", FieldType.Uuid, "Identifiant", "Identifiant stable du commentaire.", r => r.Id, required: true),
        Col("action_id", FieldType.Uuid, "Identifiant de l'action", "Action commentée.", r => r.ActionId, required: true),
        Col("point_d_etape_id", FieldType.Uuid, "Identifiant du point d'étape", "Point d'étape commenté, le cas échéant.", r => r.UpdateId),
        Col("reponse_a", FieldType.Uuid, "Réponse à", "Commentaire auquel celui-ci répond (il peut avoir été masqué ou supprimé).", r => r.ParentId),
        Col("profondeur", FieldType.WholeNumber, "Profondeur", "1 pour un commentaire, 2 ou 3 pour une réponse.", r => r.Depth, required: true),
        Col("auteur", FieldType.Text, "Auteur·rice", "Nom affiché sur le site (« Participant·e supprimé·e » pour un compte supprimé).", r => r.AuthorName ?? ParticipantNames.Deleted, required: true),
        Col("role_auteur", FieldType.Text, "Rôle de l'auteur·rice", "Rôle au moment du commentaire.", r => RoleNames.FrenchLabel(r.AuthorRole.ToString()), required: true),
        Col("position", FieldType.Text, "Position", "Pour, Contre ou Neutre.", r => r.Alignment.French(), required: true),
        Col("texte", FieldType.Text, "Texte", "Texte du commentaire, en Markdown.", r => r.Body, required: true),
        Col("publie_le", FieldType.DateTime, "Publié le", "Date et heure (UTC) de publication.", r => r.CreatedAt, required: true),
        Col("modifie_le", FieldType.DateTime, "Modifié le", "Date et heure (UTC) de la dernière modification.", r => r.EditedAt),
    ];

    protected override async Task<DatasetVersion> CountAsync(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken)
    {
        var comments = Public(db, roadmap);
        var created = await comments.MaxAsync(c => (DateTimeOffset?)c.CreatedAt, cancellationToken);
        var edited = await comments.MaxAsync(c => c.EditedAt, cancellationToken);

        // An erased account renames its comments without dating them: the number of anonymous comments tells it.
        return new DatasetVersion(
            await comments.CountAsync(cancellationToken), edited > created ? edited : created, await comments.CountAsync(c => c.AuthorId == null, cancellationToken));
    }

    private static IQueryable<Comment> Public(IRoadmapDbContext db, TerritorialRoadmap roadmap)
    {
        var actions = OpenDatasets.VisibleActions(db, roadmap);
        return db.Comments.Where(c => c.DeletedAt == null && c.HiddenAt == null && c.HeldAt == null
            && actions.Any(a => a.Id == c.ActionId)
            && (c.UpdateId == null || db.Updates.Any(u => u.Id == c.UpdateId && u.HiddenAt == null)));
    }

    protected override IAsyncEnumerable<Row> Query(IRoadmapDbContext db, TerritorialRoadmap roadmap, CancellationToken cancellationToken) =>
        Public(db, roadmap).AsNoTracking()
            .OrderBy(c => c.ActionId).ThenBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new Row(
                c.Id, c.ActionId, c.UpdateId, c.ParentId, c.Depth,
                db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                c.AuthorRole, c.Alignment, c.Body, c.CreatedAt, c.EditedAt))
            .AsAsyncEnumerable();

    internal sealed record Row(
        Guid Id, Guid ActionId, Guid? UpdateId, Guid? ParentId, int Depth, string? AuthorName, ParticipantRole AuthorRole,
        CommentAlignment Alignment, string Body, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt);
}
