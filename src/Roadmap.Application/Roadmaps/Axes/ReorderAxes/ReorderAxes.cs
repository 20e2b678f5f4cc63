using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Roadmaps.Axes.GetRoadmapAxes;

namespace Roadmap.Application.Roadmaps.Axes.ReorderAxes;

/// <summary>Puts a roadmap's axes in a new order: every axis in use exactly once (its managers). Archived axes follow.</summary>
[RequiresRole]
public sealed record ReorderAxes(string RoadmapSlug, IReadOnlyList<Guid> AxisIds) : IRequest<IReadOnlyList<AxisView>>;

internal sealed class ReorderAxesValidator : AbstractValidator<ReorderAxes>
{
    public ReorderAxesValidator() =>
        RuleFor(x => x.AxisIds).NotNull().WithMessage("Indiquez les axes dans leur nouvel ordre.");
}

internal sealed class ReorderAxesHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ReorderAxes, IReadOnlyList<AxisView>>
{
    public async Task<IReadOnlyList<AxisView>> Handle(ReorderAxes request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.Include(r => r.Axes).FirstOrDefaultAsync(r => r.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        await db.EnsureCanManageAsync(user, roadmap.Id, cancellationToken);

        var before = roadmap.Axes.OrderBy(a => a.Position).Select(a => a.Title).ToList();
        roadmap.ReorderAxes(request.AxisIds);
        await db.RecordAsync(user, clock.GetUtcNow(), roadmap.Id, "axis.reordered", $"Ordre des axes de « {roadmap.Title} »",
            before, roadmap.Axes.OrderBy(a => a.Position).Select(a => a.Title).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await GetRoadmapAxesHandler.ViewsAsync(db, roadmap, cancellationToken);
    }
}
