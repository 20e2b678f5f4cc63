namespace Roadmap.Application.Actions.SearchActions;

public sealed record SearchOptions(
    Guid RoadmapId,
    string RoadmapSlug,
    string RoadmapTitle,
    IReadOnlyList<FilterOption> Axes,
    IReadOnlyList<FilterOption> Organisations,
    IReadOnlyList<FilterOption> Territories,
    bool SupportCountsHidden);

public sealed record FilterOption(Guid Id, string Label);
