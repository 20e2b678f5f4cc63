using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Actions.ActionForm;

/// <summary>
/// What a proposal form offers: the roadmap's axes and what the caller may do. Partners, territories and, for the
/// team, the proposing organisation are searched with <c>FindOrganisationChoices</c>, never listed whole.
/// </summary>
public sealed record ActionFormOptions(
    string RoadmapSlug,
    string RoadmapTitle,
    RoadmapPhase Phase,
    bool AcceptsProposals,
    bool MayPropose,
    bool MayChooseOrganisation,
    OrganisationOption? OwnOrganisation,
    IReadOnlyList<AxisOption> Axes,
    IReadOnlyList<OrganisationOption> BehalfChoices);

public sealed record AxisOption(Guid Id, int Position, string Title);

public sealed record OrganisationOption(Guid Id, string Name);
