namespace Roadmap.Application.Domain.Moderation;

/// <summary>A « signalement »: someone flags a comment or an action to the moderators, with a reason.</summary>
public sealed class ContentReport
{
    public const int ReasonMaxLength = 500;

    private ContentReport() { }

    public Guid Id { get; private set; }
    public ReportTarget Target { get; private set; }
    public Guid TargetId { get; private set; }
    public Guid? ReporterId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set when a moderator decided on the reported content.</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    public static ContentReport File(ReportTarget target, Guid targetId, Guid reporterId, string reason, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Target = target,
        TargetId = targetId,
        ReporterId = reporterId,
        Reason = Guard.Text(reason, ReasonMaxLength, "Le motif du signalement"),
        CreatedAt = now,
    };

    public void Resolve(DateTimeOffset now) => ResolvedAt ??= now;
}
