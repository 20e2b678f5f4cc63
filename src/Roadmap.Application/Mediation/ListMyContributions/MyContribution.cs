using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation.ListMyContributions;

/// <summary>
/// One entry a mediator recorded, as their list and correction form show it; <see cref="HiddenAt"/> is set while a
/// moderator hides it from the public pages, with the reason they gave.
/// </summary>
public sealed record MyContribution(
    Guid Id, MediatedContributionKind Kind, string RoadmapTitle, string Link, string? ActionTitle, string OrganisationName,
    string FirstName, string Initial, string CommuneName, AgeBracket? AgeBracket, string Title, string Body,
    DateTimeOffset CreatedAt, DateTimeOffset? CorrectedAt, bool Correctable, DateTimeOffset? HiddenAt = null, string HiddenReason = "");

public sealed record MyContributionsPage(IReadOnlyList<MyContribution> Items, int Page, int PageSize, int TotalCount);
