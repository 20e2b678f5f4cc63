namespace Roadmap.Application.Domain.Workshops;

/// <summary>One participant's upvote of an idea; unique per (idea, voter) in the database.</summary>
public sealed class IdeaUpvote
{
    private IdeaUpvote() { }

    public Guid Id { get; private set; }
    public Guid IdeaId { get; private set; }
    public string VoterKey { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public static IdeaUpvote Give(Workshop workshop, Idea idea, Attendance voter, DateTimeOffset now)
    {
        workshop.EnsureLive();
        idea.EnsureCanBeUpvotedBy(voter.ParticipantKey);
        return new IdeaUpvote { Id = Guid.NewGuid(), IdeaId = idea.Id, VoterKey = voter.ParticipantKey, CreatedAt = now };
    }
}
