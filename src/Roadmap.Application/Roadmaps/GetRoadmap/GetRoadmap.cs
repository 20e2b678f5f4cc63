using MediatR;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Roadmaps.GetRoadmap;

/// <summary>
/// A roadmap page: description, phases, axes, and under each axis its most supported actions (at most
/// <see cref="ActionsPerAxis"/>) with the axis's total; the full list is paged by SearchActions.
/// While the roadmap hides its support counts from the caller, the newest actions come first and
/// carry no count (<see cref="RoadmapOverview.SupportCountsHidden"/>).
/// </summary>
public sealed record GetRoadmap(string Slug) : IQuery<RoadmapOverview>
{
    public const int DefaultActionsPerAxis = 10;
    public const int MaxActionsPerAxis = 100;

    public int ActionsPerAxis { get; init; } = DefaultActionsPerAxis;
}

/// <summary>The caller counts only as an <see cref="Audience"/>: the page is kept once for each (decision 039).</summary>
internal sealed class GetRoadmapHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, Viewer viewer, SharedReadCache? cache = null)
    : IRequestHandler<GetRoadmap, RoadmapOverview>
{
    public async Task<RoadmapOverview> Handle(GetRoadmap request, CancellationToken cancellationToken)
    {
        var read = new RoadmapForAudience(
            request.Slug, Math.Clamp(request.ActionsPerAxis, 0, GetRoadmap.MaxActionsPerAxis), await viewer.AudienceOfRoadmapAsync(request.Slug, cancellationToken));
        return await cache.ReadAsync(read, () => read.LoadAsync(db, markdown, cancellationToken));
    }
}
