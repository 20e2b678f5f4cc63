namespace Roadmap.Application.Domain.Participation;

/// <summary>One « utile » vote on a comment, one per user (unique in the database).</summary>
public sealed class CommentUpvote
{
    private CommentUpvote() { }

    public Guid CommentId { get; private set; }
    public Guid? UserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static CommentUpvote Give(Comment comment, Guid userId, DateTimeOffset now)
    {
        if (!comment.IsVisible)
        {
            throw new DomainRuleException("Ce commentaire n'est plus visible.");
        }

        if (comment.AuthorId == userId)
        {
            throw new DomainRuleException("Vous ne pouvez pas voter pour votre propre commentaire.");
        }

        return new CommentUpvote { CommentId = comment.Id, UserId = userId, CreatedAt = now };
    }
}
