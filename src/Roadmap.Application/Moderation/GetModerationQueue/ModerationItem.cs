using Roadmap.Application.Domain.Moderation;

namespace Roadmap.Application.Moderation.GetModerationQueue;

/// <summary>
/// One reported comment or action with its pending reports. <see cref="Excerpt"/> is the raw text
/// (moderators must read what was reported, even hidden); show it as text, never as HTML.
/// </summary>
public sealed record ModerationItem(
    ReportTarget Target,
    Guid TargetId,
    string Title,
    string Excerpt,
    string Link,
    string? AuthorName,
    int ReportCount,
    IReadOnlyList<string> Reasons,
    DateTimeOffset FirstReportedAt,
    bool IsHeld,
    bool IsHidden,
    string HiddenReason);
