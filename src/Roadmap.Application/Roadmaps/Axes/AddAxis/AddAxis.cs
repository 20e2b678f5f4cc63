using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Roadmaps.Axes.AddAxis;

/// <summary>Adds an axis, with its objectives in order, to a roadmap (its managers). An axis of the same title is refused: a double submit adds one.</summary>
[RequiresRole]
public sealed record AddAxis(string RoadmapSlug, string Title, string Description, IReadOnlyList<string> Objectives) : IRequest<AxisView>, IAxisFields;

internal sealed class AddAxisValidator : AbstractValidator<AddAxis>
{
    public AddAxisValidator() => Include(new AxisFieldsValidator());
}

internal sealed class AddAxisHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddAxis, AxisView>
{
    public async Task<AxisView> Handle(AddAxis request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.Include(r => r.Axes).FirstOrDefaultAsync(r => r.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        await db.EnsureCanManageAsync(user, roadmap.Id, cancellationToken);

        var axis = roadmap.AddAxis(request.Title, request.Description, request.Objectives);
        db.Axes.Add(axis);
        await db.RecordAsync(user, clock.GetUtcNow(), roadmap.Id, "axis.added", $"Axe « {axis.Title} » de « {roadmap.Title} »",
            null, AxisView.Journal(axis), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return AxisView.Of(axis, 0);
    }
}
