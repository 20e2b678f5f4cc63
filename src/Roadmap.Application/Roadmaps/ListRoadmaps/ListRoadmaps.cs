using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.ListRoadmaps;

/// <summary>The roadmaps shown on the home page, newest first, with their counts; archived ones too, marked.</summary>
public sealed record ListRoadmaps : IQuery<IReadOnlyList<RoadmapSummary>>;

/// <summary>
/// A roadmap and its key figures; <see cref="SupportCount"/> is null while the roadmap hides its support counts from the caller, and so is
/// <see cref="MediatedSupportCount"/>, the supports mediators recorded for residents, counted apart and never added to it.
/// </summary>
public sealed record RoadmapSummary(
    Guid Id, string Slug, string Title, string OwnerName, RoadmapPhase Phase, int AxisCount, int ActionCount, int? SupportCount, int CommentCount,
    bool Archived, int? MediatedSupportCount);

internal sealed class ListRoadmapsHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<ListRoadmaps, IReadOnlyList<RoadmapSummary>>
{
    public async Task<IReadOnlyList<RoadmapSummary>> Handle(ListRoadmaps request, CancellationToken cancellationToken)
    {
        var rows = await db.Roadmaps.AsNoTracking()
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new
            {
                Roadmap = r,
                OwnerName = db.Organisations.Where(o => o.Id == r.OwnerOrganisationId).Select(o => o.Name).FirstOrDefault() ?? "",
                AxisCount = r.Axes.Count,
                ActionCount = db.Actions.Count(a => a.RoadmapId == r.Id && a.HiddenAt == null),
                SupportCount = db.Actions.Where(a => a.RoadmapId == r.Id && a.HiddenAt == null).Sum(a => a.SupportCount),
                MediatedSupportCount = db.Actions.Where(a => a.RoadmapId == r.Id && a.HiddenAt == null).Sum(a => a.MediatedSupportCount),
                CommentCount = db.Actions.Where(a => a.RoadmapId == r.Id && a.HiddenAt == null).Sum(a => a.CommentCount),
            })
            .ToListAsync(cancellationToken);

        var hidden = await db.HidingSupportCountsFromAsync(user, [.. rows.Select(row => row.Roadmap)], cancellationToken);
        return [.. rows.Select(row => new RoadmapSummary(
            row.Roadmap.Id, row.Roadmap.Slug, row.Roadmap.Title, row.OwnerName, row.Roadmap.CurrentPhase, row.AxisCount, row.ActionCount,
            hidden.Contains(row.Roadmap.Id) ? null : row.SupportCount, row.CommentCount, row.Roadmap.ArchivedAt != null,
            hidden.Contains(row.Roadmap.Id) ? null : row.MediatedSupportCount))];
    }
}
