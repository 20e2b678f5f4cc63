using Roadmap.Application.Workshops.ListFacilitators;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

/// <summary>What the workshop form offers: the roadmap's axes and actions, and the facilitators who may co-facilitate.</summary>
public sealed record WorkshopFormOptions(
    string RoadmapSlug,
    string RoadmapTitle,
    IReadOnlyList<AxisChoice> Axes,
    IReadOnlyList<ActionChoice> Actions,
    IReadOnlyList<FacilitatorOption> Facilitators);

public sealed record AxisChoice(Guid Id, int Position, string Title);

public sealed record ActionChoice(Guid Id, Guid AxisId, string Title);
