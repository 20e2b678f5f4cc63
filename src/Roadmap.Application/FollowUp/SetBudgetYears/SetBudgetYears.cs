using FluentValidation;
using MediatR;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.FollowUp.SetBudgetYears;

/// <summary>
/// A pilot or a manager replaces the amounts committed and spent on the action, one line per calendar
/// year (an empty list clears them). The same lines twice change nothing.
/// </summary>
[RequiresRole]
public sealed record SetBudgetYears(Guid ActionId, IReadOnlyList<BudgetYearInput> Years) : IRequest<Unit>
{
    public const int MaxYears = ActionBudgetYear.LastYear - ActionBudgetYear.FirstYear + 1;
}

/// <summary>One year's amounts, in euros.</summary>
public sealed record BudgetYearInput(int Year, decimal Committed, decimal Spent);

internal sealed class SetBudgetYearsValidator : AbstractValidator<SetBudgetYears>
{
    public SetBudgetYearsValidator()
    {
        RuleFor(r => r.Years).NotNull().WithMessage("Indiquez les montants par année.");
        RuleFor(r => r.Years.Count).LessThanOrEqualTo(SetBudgetYears.MaxYears)
            .WithMessage($"Le budget compte au plus {SetBudgetYears.MaxYears} années.")
            .OverridePropertyName(nameof(SetBudgetYears.Years))
            .When(r => r.Years is not null);
    }
}

internal sealed class SetBudgetYearsHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SetBudgetYears, Unit>
{
    public async Task<Unit> Handle(SetBudgetYears request, CancellationToken cancellationToken)
    {
        var action = await FollowUpActions.LoadAsync(db, request.ActionId, cancellationToken);
        await db.EnsureCanReportOnAsync(user, action, cancellationToken);
        var before = action.BudgetYears.ToList();
        var now = clock.GetUtcNow();
        action.SetBudgetYears([.. request.Years.Select(y => new ActionBudgetYear(y.Year, y.Committed, y.Spent))], now);
        if (before.SequenceEqual(action.BudgetYears))
        {
            return Unit.Value;
        }

        await db.RecordAsync(user, now, action.RoadmapId, "action.budget-years", $"Budget par année de l'action « {action.Title} »",
            new { Years = before }, new { Years = action.BudgetYears }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
