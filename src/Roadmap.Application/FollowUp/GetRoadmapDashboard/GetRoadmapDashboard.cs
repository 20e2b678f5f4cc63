using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.FollowUp.GetRoadmapDashboard;

/// <summary>
/// The follow-up dashboard of a roadmap, archived or not: public, like the roadmap itself. Hidden actions
/// are left out (their figures would tell what moderation withdrew).
/// </summary>
public sealed record GetRoadmapDashboard(string Slug) : IQuery<RoadmapDashboard>, ISharedRead<RoadmapDashboard>;

internal sealed class GetRoadmapDashboardHandler(IRoadmapDbContext db) : IRequestHandler<GetRoadmapDashboard, RoadmapDashboard>
{
    public async Task<RoadmapDashboard> Handle(GetRoadmapDashboard request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes)
            .FirstOrDefaultAsync(r => r.Slug == request.Slug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.Slug);

        var visible = db.Visible(roadmap.Id);
        var followedUp = visible.FollowedUp();
        var actions = await DashboardRows.ActionGroupsAsync(visible, cancellationToken);
        var years = await DashboardRows.YearGroupsAsync(followedUp, cancellationToken);
        var indicators = await DashboardRows.IndicatorsAsync(db, followedUp, cancellationToken);
        var carriers = actions.Select(g => g.OrganisationId).OfType<Guid>().Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => carriers.Contains(o.Id))
            .Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        var book = new DashboardBook(roadmap.Axes);
        foreach (var group in actions)
        {
            foreach (var tally in book.TalliesOf(group.AxisId, group.OrganisationId))
            {
                tally.AddActions(group.Status, group.InDifficulty, group.Count, group.Progress, group.Planned ?? 0m);
            }
        }

        foreach (var year in years)
        {
            foreach (var tally in book.TalliesOf(year.AxisId, year.OrganisationId))
            {
                tally.AddYear(year.Year, year.Committed, year.Spent);
            }
        }

        foreach (var indicator in indicators)
        {
            foreach (var tally in book.TalliesOf(indicator.AxisId, indicator.OrganisationId))
            {
                tally.AddIndicator(indicator.Progress.State);
            }
        }

        return new RoadmapDashboard(roadmap.Id, roadmap.Slug, roadmap.Title, roadmap.ArchivedAt, book.Totals, book.Axes(), book.Organisations(names));
    }
}
