using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation.GetMediatedVoices;

/// <summary>
/// What mediators brought in for an action: <see cref="SupportCount"/> (null while the roadmap hides its counts from the
/// caller), the residents' comments, and whether the caller may record one (<see cref="CallerIsMediator"/>).
/// </summary>
public sealed record MediatedVoices(int? SupportCount, IReadOnlyList<MediatedVoice> Comments, bool CallerIsMediator);

/// <summary>A comment or idea as shown publicly: « Jeanne D. (La Flèche) », recueilli par an organisation.</summary>
public sealed record MediatedVoice(
    Guid Id, MediatedContributionKind Kind, string Resident, string Commune, string CollectedBy, string Title, string BodyHtml, DateTimeOffset CreatedAt);
