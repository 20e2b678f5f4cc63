namespace Roadmap.Application.Domain.Following;

/// <summary>Someone follows an action or a roadmap and is notified of what happens to it.</summary>
public sealed class Follow
{
    private Follow() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public FollowTarget Target { get; private set; }
    public Guid TargetId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Follow Start(Guid userId, FollowTarget target, Guid targetId, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), UserId = userId, Target = target, TargetId = targetId, CreatedAt = now };
}
