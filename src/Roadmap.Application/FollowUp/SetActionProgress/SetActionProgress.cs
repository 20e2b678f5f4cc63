using FluentValidation;
using MediatR;
using Roadmap.Application.Actions.ReviewAction;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Following;

namespace Roadmap.Application.FollowUp.SetActionProgress;

/// <summary>
/// Under the « fixé par les pilotes » rule, a pilot or a manager sets the action's progress: it moves
/// to « en cours » (or « réalisée » at 100 %) and the change joins its public history. When its status
/// changes, its followers, its roadmap's followers and its proposer are told.
/// </summary>
[RequiresRole]
public sealed record SetActionProgress(Guid ActionId, int Percent, string Reason) : IRequest<Unit>;

internal sealed class SetActionProgressValidator : AbstractValidator<SetActionProgress>
{
    public SetActionProgressValidator()
    {
        RuleFor(r => r.Percent).InclusiveBetween(0, 100).WithMessage("L'avancement doit être compris entre 0 et 100 %.");
        RuleFor(r => r.Reason).MaximumLength(StatusChange.ReasonMaxLength)
            .WithMessage($"Le motif ne doit pas dépasser {StatusChange.ReasonMaxLength} caractères.");
    }
}

internal sealed class SetActionProgressHandler(IRoadmapDbContext db, ICurrentUser user, Notifier notifier, TimeProvider clock) : IRequestHandler<SetActionProgress, Unit>
{
    public async Task<Unit> Handle(SetActionProgress request, CancellationToken cancellationToken)
    {
        var actorId = user.RequireId();
        var action = await FollowUpActions.LoadAsync(db, request.ActionId, cancellationToken);
        await db.EnsureCanReportOnAsync(user, action, cancellationToken);
        var before = new ProgressState(action.Status.French(), action.ProgressPercent);
        var now = clock.GetUtcNow();
        if (!action.SetProgressByPilots(actorId, request.Percent, request.Reason ?? "", now))
        {
            return Unit.Value;
        }

        var after = new ProgressState(action.Status.French(), action.ProgressPercent);
        var roadmap = await FollowUpActions.RoadmapOfAsync(db, action, cancellationToken);
        if (after.Status != before.Status)
        {
            await StatusChangeNotice.SendAsync(notifier, action, roadmap.Slug, actorId, cancellationToken);
        }

        await db.RecordAsync(user, now, action.RoadmapId, "action.progress", $"Avancement de l'action « {action.Title} »", before, after, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private sealed record ProgressState(string Status, int Percent);
}
