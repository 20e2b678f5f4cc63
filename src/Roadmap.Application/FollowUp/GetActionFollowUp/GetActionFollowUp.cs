using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.FollowUp.GetActionFollowUp;

/// <summary>An action's pilots, difficulty, progress rule and budget per year (public, like the action).</summary>
public sealed record GetActionFollowUp(Guid ActionId) : IQuery<ActionFollowUp>;

internal sealed class GetActionFollowUpHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetActionFollowUp, ActionFollowUp>
{
    public async Task<ActionFollowUp> Handle(GetActionFollowUp request, CancellationToken cancellationToken)
    {
        var action = await db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.ActionId, cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        await db.EnsureReadableByAsync(action, user, cancellationToken);
        var roadmap = await FollowUpActions.RoadmapOfAsync(db, action, cancellationToken);
        return new ActionFollowUp(
            action.Id, action.Title, roadmap.Slug, roadmap.Title, action.Status, action.IsFollowedUp,
            await PilotNames.OfAsync(db, action.Id, cancellationToken),
            action.Difficulty, action.DifficultyExplanation, action.DifficultySince, action.ProgressRule, action.ProgressPercent,
            action.Indicators.Count, action.BudgetYears);
    }
}
