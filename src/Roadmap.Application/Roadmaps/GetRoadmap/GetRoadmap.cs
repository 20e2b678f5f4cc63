using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Roadmaps.GetRoadmap;

/// <summary>A roadmap page: description, phases, axes and the actions under each.</summary>
public sealed record GetRoadmap(string Slug) : IRequest<RoadmapOverview>;

internal sealed class GetRoadmapHandler(IRoadmapDbContext db, IMarkdownRenderer markdown) : IRequestHandler<GetRoadmap, RoadmapOverview>
{
    public async Task<RoadmapOverview> Handle(GetRoadmap request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking()
            .Include(r => r.Axes)
            .FirstOrDefaultAsync(r => r.Slug == request.Slug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.Slug);

        var owner = await db.Organisations.AsNoTracking().Where(o => o.Id == roadmap.OwnerOrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var cards = await db.Actions.AsNoTracking()
            .Where(a => a.RoadmapId == roadmap.Id && a.HiddenAt == null)
            .OrderBy(a => a.CreatedAt)
            .Select(a => new ActionCard(
                a.Id,
                a.AxisId,
                a.Title,
                a.Summary,
                db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                a.Status,
                a.ProgressPercent,
                a.SupportCount,
                a.CommentCount))
            .ToListAsync(cancellationToken);

        var byAxis = cards.ToLookup(c => c.AxisId);
        var axes = roadmap.Axes.OrderBy(a => a.Position)
            .Select(a => new AxisOverview(a.Id, a.Position, a.Title, a.Description, a.Objectives.OrderBy(o => o.Position).Select(o => o.Text).ToList(), byAxis[a.Id].ToList()))
            .ToList();

        return new RoadmapOverview(roadmap.Id, roadmap.Slug, roadmap.Title, owner ?? "", markdown.ToSafeHtml(roadmap.Description),
            roadmap.CurrentPhase, roadmap.Phases.ToList(), roadmap.VotingRules, axes);
    }
}
