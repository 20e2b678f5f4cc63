using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.CorrectIndicatorValue;

/// <summary>
/// Corrects a measured value (its date, value, source or comment) with a reason; what it replaces stays in
/// the value's history. Moving it onto a date already measured is refused.
/// </summary>
[RequiresRole]
public sealed record CorrectIndicatorValue(Guid ValueId, DateOnly MeasuredOn, decimal Value, string Source, string Comment, string Reason) : IRequest<Guid>;

internal sealed class CorrectIndicatorValueHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CorrectIndicatorValue, Guid>
{
    public async Task<Guid> Handle(CorrectIndicatorValue request, CancellationToken cancellationToken)
    {
        var value = await db.IndicatorValues.FirstOrDefaultAsync(v => v.Id == request.ValueId, cancellationToken)
            ?? throw new NotFoundException("La valeur mesurée", request.ValueId);
        var (_, action) = await db.FindIndicatorAsync(value.IndicatorId, cancellationToken);
        await db.EnsureCanReportOnAsync(user, action, cancellationToken);
        action.EnsureFollowedUp();
        if (await db.IsMeasuredOnAsync(value.IndicatorId, request.MeasuredOn, value.Id, cancellationToken))
        {
            throw new ConflictException(MeasuredValues.AlreadyMeasured(request.MeasuredOn));
        }

        var now = clock.GetUtcNow();
        value.Correct(request.MeasuredOn, request.Value, request.Source, request.Comment, request.Reason, user.RequireId(), now);
        await db.SaveValuesAsync([action], [value], now, cancellationToken);
        return value.Id;
    }
}

internal sealed class CorrectIndicatorValueValidator : AbstractValidator<CorrectIndicatorValue>
{
    public CorrectIndicatorValueValidator()
    {
        RuleFor(x => x.MeasuredOn).NotEqual(default(DateOnly)).WithMessage("Indiquez la date de la mesure.");
        RuleFor(x => x.Source).MeasuredValueSource();
        RuleFor(x => x.Comment).MeasuredValueComment();
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Indiquez le motif de la correction.")
            .MaximumLength(IndicatorValue.ReasonMaxLength).WithMessage($"Le motif ne doit pas dépasser {IndicatorValue.ReasonMaxLength} caractères.");
    }
}
