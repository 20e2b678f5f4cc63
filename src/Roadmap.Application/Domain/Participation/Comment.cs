using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Domain.Participation;

/// <summary>A Markdown comment on an action, threaded to <see cref="MaxDepth"/> levels.</summary>
public sealed class Comment
{
    public const int BodyMaxLength = 5_000;
    public const int MaxDepth = 3;
    public const int ModerationReasonMaxLength = 500;

    /// <summary>How long an author may still correct a comment after posting it.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(30);

    /// <summary>Distinct reporters after which a comment is hidden until a moderator looks at it.</summary>
    public const int ReportsBeforeHold = 3;

    private Comment() { }

    public Guid Id { get; private set; }
    public Guid ActionId { get; private set; }
    public Guid? AuthorId { get; private set; }
    public ParticipantRole AuthorRole { get; private set; }
    public Guid? ParentId { get; private set; }

    /// <summary>Set when the comment is on one of the action's points d'étape rather than on the action itself.</summary>
    public Guid? UpdateId { get; private set; }

    /// <summary>1 for a top-level comment, up to <see cref="MaxDepth"/>.</summary>
    public int Depth { get; private set; }
    public string Body { get; private set; } = "";
    public CommentAlignment Alignment { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? EditedAt { get; private set; }
    public DateTimeOffset? DeletedAt { get; private set; }
    public DateTimeOffset? HiddenAt { get; private set; }
    public string HiddenReason { get; private set; } = "";
    /// <summary>Set when enough people reported it: hidden pending moderation.</summary>
    public DateTimeOffset? HeldAt { get; private set; }

    /// <summary>Set when a moderator has looked at it; later reports no longer hide it automatically.</summary>
    public DateTimeOffset? ModeratedAt { get; private set; }

    public bool IsVisible => DeletedAt is null && HiddenAt is null && HeldAt is null;

    public static Comment Write(RoadmapAction action, Comment? parent, Guid authorId, ParticipantRole role, string body, CommentAlignment alignment, DateTimeOffset now, ActionUpdate? update = null)
    {
        if (parent is not null && (parent.ActionId != action.Id || parent.UpdateId != update?.Id))
        {
            throw new DomainRuleException("La réponse doit porter sur la même action que le commentaire d'origine.");
        }

        if (update is not null && update.ActionId != action.Id)
        {
            throw new DomainRuleException("Ce point d'étape ne concerne pas cette action.");
        }

        if (parent is { Depth: >= MaxDepth })
        {
            throw new DomainRuleException($"Les fils de discussion sont limités à {MaxDepth} niveaux.");
        }

        return new Comment
        {
            Id = Guid.NewGuid(),
            ActionId = action.Id,
            AuthorId = authorId,
            AuthorRole = role,
            ParentId = parent?.Id,
            UpdateId = update?.Id,
            Depth = parent is null ? 1 : parent.Depth + 1,
            Body = Guard.Text(body, BodyMaxLength, "Le commentaire"),
            Alignment = alignment,
            CreatedAt = now,
        };
    }

    public void Edit(Guid editorId, string body, DateTimeOffset now)
    {
        EnsureAuthor(editorId);
        if (now - CreatedAt > EditWindow)
        {
            throw new DomainRuleException($"Un commentaire ne peut être modifié que pendant {EditWindow.TotalMinutes:0} minutes après sa publication.");
        }

        Body = Guard.Text(body, BodyMaxLength, "Le commentaire");
        EditedAt = now;
    }

    /// <summary>Deleted with replies below it: the text goes, the place in the thread stays.</summary>
    public void DeleteKeepingPlace(Guid byId, DateTimeOffset now)
    {
        EnsureAuthor(byId);
        Body = "";
        DeletedAt = now;
    }

    public void EnsureAuthor(Guid userId)
    {
        if (AuthorId != userId || DeletedAt is not null)
        {
            throw new DomainRuleException("Seul·e l'auteur·rice peut modifier ou supprimer ce commentaire.");
        }
    }

    public void HoldForModeration(DateTimeOffset now)
    {
        if (ModeratedAt is null && HiddenAt is null)
        {
            HeldAt ??= now;
        }
    }

    public void Hide(string reason, DateTimeOffset now)
    {
        HiddenReason = Guard.Text(reason, ModerationReasonMaxLength, "Le motif de masquage");
        HiddenAt = now;
        HeldAt = null;
        ModeratedAt = now;
    }

    public void Restore(DateTimeOffset now)
    {
        HiddenAt = null;
        HeldAt = null;
        HiddenReason = "";
        ModeratedAt = now;
    }

    /// <summary>The author's account is gone: the comment stays, signed « Participant·e supprimé·e ».</summary>
    public void Anonymise() => AuthorId = null;
}
