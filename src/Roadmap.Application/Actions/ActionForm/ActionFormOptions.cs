using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Actions.ActionForm;

/// <summary>What a proposal form offers: the roadmap's axes, the organisations to name, and what the caller may do.</summary>
public sealed record ActionFormOptions(
    string RoadmapSlug,
    string RoadmapTitle,
    RoadmapPhase Phase,
    bool AcceptsProposals,
    bool MayPropose,
    bool MayChooseOrganisation,
    OrganisationOption? OwnOrganisation,
    IReadOnlyList<AxisOption> Axes,
    IReadOnlyList<OrganisationOption> Organisations)
{
    /// <summary>The organisations that may be named as a territory (see <see cref="OrganisationKindRules.MayBeTerritory"/>).</summary>
    public IReadOnlyList<OrganisationOption> Territories => [.. Organisations.Where(o => o.Kind.MayBeTerritory())];
}

public sealed record AxisOption(Guid Id, int Position, string Title);

public sealed record OrganisationOption(Guid Id, string Name, OrganisationKind Kind);
