using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Moderation.GetMediatedContributionsToModerate;

/// <summary>
/// A comment or idea a mediator recorded, for the moderators. <see cref="Text"/> is the raw text (show it as text,
/// never as HTML); <see cref="Link"/> is the page it appears on while visible.
/// </summary>
public sealed record MediatedContributionToModerate(
    Guid Id,
    MediatedContributionKind Kind,
    string Title,
    string Text,
    string Link,
    string Resident,
    string CollectedBy,
    DateTimeOffset CreatedAt,
    bool IsHidden,
    string HiddenReason);

/// <summary>The newest visible contributions and the hidden ones (most recently hidden first), <see cref="GetMediatedContributionsToModerate.MaxShown"/> of each at most.</summary>
public sealed record MediatedContributionsToModerate(IReadOnlyList<MediatedContributionToModerate> Recent, IReadOnlyList<MediatedContributionToModerate> Hidden);
