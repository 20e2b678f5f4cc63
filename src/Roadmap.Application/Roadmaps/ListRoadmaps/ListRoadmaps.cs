using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.ListRoadmaps;

/// <summary>The roadmaps shown on the home page, newest first, with their counts; archived ones too, marked.</summary>
public sealed record ListRoadmaps : IQuery<IReadOnlyList<RoadmapSummary>>;

public sealed record RoadmapSummary(
    Guid Id, string Slug, string Title, string OwnerName, RoadmapPhase Phase, int AxisCount, int ActionCount, int SupportCount, int CommentCount,
    bool Archived);

internal sealed class ListRoadmapsHandler(IRoadmapDbContext db) : IRequestHandler<ListRoadmaps, IReadOnlyList<RoadmapSummary>>
{
    public async Task<IReadOnlyList<RoadmapSummary>> Handle(ListRoadmaps request, CancellationToken cancellationToken) =>
        await db.Roadmaps.AsNoTracking()
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new RoadmapSummary(
                r.Id,
                r.Slug,
                r.Title,
                db.Organisations.Where(o => o.Id == r.OwnerOrganisationId).Select(o => o.Name).FirstOrDefault() ?? "",
                r.CurrentPhase,
                r.Axes.Count,
                db.Actions.Count(a => a.RoadmapId == r.Id && a.HiddenAt == null),
                db.Actions.Where(a => a.RoadmapId == r.Id && a.HiddenAt == null).Sum(a => a.SupportCount),
                db.Actions.Where(a => a.RoadmapId == r.Id && a.HiddenAt == null).Sum(a => a.CommentCount),
                r.ArchivedAt != null))
            .ToListAsync(cancellationToken);
}
