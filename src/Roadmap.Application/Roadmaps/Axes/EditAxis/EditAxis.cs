using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Roadmaps.Axes.EditAxis;

/// <summary>Renames an axis, rewrites its description and replaces its ordered list of objectives (its roadmap's managers).</summary>
[RequiresRole]
public sealed record EditAxis(Guid AxisId, string Title, string Description, IReadOnlyList<string> Objectives) : IRequest<AxisView>, IAxisFields;

internal sealed class EditAxisValidator : AbstractValidator<EditAxis>
{
    public EditAxisValidator() => Include(new AxisFieldsValidator());
}

internal sealed class EditAxisHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<EditAxis, AxisView>
{
    public async Task<AxisView> Handle(EditAxis request, CancellationToken cancellationToken)
    {
        var roadmapId = await db.Axes.Where(a => a.Id == request.AxisId).Select(a => (Guid?)a.RoadmapId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("L'axe", request.AxisId);
        await db.EnsureCanManageAsync(user, roadmapId, cancellationToken);
        var roadmap = await db.Roadmaps.Include(r => r.Axes).FirstAsync(r => r.Id == roadmapId, cancellationToken);

        var before = AxisView.Journal(roadmap.Axes.First(a => a.Id == request.AxisId));
        var axis = roadmap.EditAxis(request.AxisId, request.Title, request.Description, request.Objectives);
        await db.RecordAsync(user, clock.GetUtcNow(), roadmap.Id, "axis.edited", $"Axe « {axis.Title} » de « {roadmap.Title} »",
            before, AxisView.Journal(axis), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return AxisView.Of(axis, await db.Actions.CountAsync(a => a.AxisId == axis.Id, cancellationToken));
    }
}
