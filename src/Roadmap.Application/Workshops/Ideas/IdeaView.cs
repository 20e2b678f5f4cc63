namespace Roadmap.Application.Workshops.Ideas;

/// <summary>
/// An idea on the wall. A hidden idea reaches participants without its text or author; facilitators
/// get it whole. <see cref="UpvotedByMe"/> and <see cref="IsMine"/> are about the caller and are null
/// in broadcast events (keep what you knew).
/// </summary>
public sealed record IdeaView(
    Guid Id,
    Guid WorkshopId,
    string Text,
    Guid? AxisId,
    Guid? GroupedAxisId,
    Guid? AgendaItemId,
    string AuthorName,
    DateTimeOffset PostedAt,
    int Upvotes,
    bool IsHidden,
    string HiddenReason,
    Guid? PromotedActionId,
    string? PromotedActionLink,
    bool? UpvotedByMe,
    bool? IsMine)
{
    /// <summary>What everyone but the facilitators may see of it.</summary>
    public IdeaView ForParticipants() => IsHidden ? this with { Text = "", AuthorName = "" } : this;
}
