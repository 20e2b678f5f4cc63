using FluentValidation;
using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.ChooseProgressRule;

/// <summary>
/// A pilot or a manager says where the action's progress comes from: set by its pilots, or the mean
/// of its indicators' share of the way done (computed at once, then after each measured value).
/// </summary>
[RequiresRole]
public sealed record ChooseProgressRule(Guid ActionId, ProgressRule Rule) : IRequest<Unit>;

internal sealed class ChooseProgressRuleValidator : AbstractValidator<ChooseProgressRule>
{
    public ChooseProgressRuleValidator() =>
        RuleFor(r => r.Rule).IsInEnum().WithMessage("Choisissez une règle d'avancement de la liste.");
}

internal sealed class ChooseProgressRuleHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ChooseProgressRule, Unit>
{
    public async Task<Unit> Handle(ChooseProgressRule request, CancellationToken cancellationToken)
    {
        var action = await FollowUpActions.LoadToReportAsync(db, user, request.ActionId, cancellationToken);
        var before = new RuleState(action.ProgressRule.French(), action.ProgressPercent);
        var now = clock.GetUtcNow();
        action.ChooseProgressRule(request.Rule, await IndicatorProgresses.ForActionAsync(db, action, cancellationToken), now);
        var after = new RuleState(action.ProgressRule.French(), action.ProgressPercent);
        await FollowUpActions.RecordReportAsync(db, user, now, action, "action.progress-rule", $"Règle d'avancement de l'action « {action.Title} »", before, after, cancellationToken);
        return Unit.Value;
    }

    private sealed record RuleState(string Rule, int Percent);
}
