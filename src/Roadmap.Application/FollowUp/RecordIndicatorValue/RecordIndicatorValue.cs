using FluentValidation;
using MediatR;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.RecordIndicatorValue;

/// <summary>
/// A pilot (or a manager of the roadmap) records a dated measured value of an indicator of a followed-up
/// action. One value per indicator and date: a second one is refused (the first is corrected instead),
/// which also keeps a double submit from recording twice.
/// </summary>
[RequiresRole]
public sealed record RecordIndicatorValue(Guid IndicatorId, DateOnly MeasuredOn, decimal Value, string Source, string Comment) : IRequest<Guid>;

internal sealed class RecordIndicatorValueHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordIndicatorValue, Guid>
{
    public async Task<Guid> Handle(RecordIndicatorValue request, CancellationToken cancellationToken)
    {
        var (indicator, action) = await db.FindIndicatorAsync(request.IndicatorId, cancellationToken);
        await db.EnsureCanReportOnAsync(user, action, cancellationToken);
        action.EnsureFollowedUp();
        if (await db.IsMeasuredOnAsync(indicator.Id, request.MeasuredOn, null, cancellationToken))
        {
            throw new ConflictException(MeasuredValues.AlreadyMeasured(request.MeasuredOn));
        }

        var now = clock.GetUtcNow();
        var value = IndicatorValue.Record(indicator, request.MeasuredOn, request.Value, request.Source, request.Comment, user.RequireId(), now);
        db.IndicatorValues.Add(value);
        await db.SaveValuesAsync([action], [value], now, cancellationToken);
        return value.Id;
    }
}

internal sealed class RecordIndicatorValueValidator : AbstractValidator<RecordIndicatorValue>
{
    public RecordIndicatorValueValidator()
    {
        RuleFor(x => x.MeasuredOn).NotEqual(default(DateOnly)).WithMessage("Indiquez la date de la mesure.");
        RuleFor(x => x.Source).MeasuredValueSource();
        RuleFor(x => x.Comment).MeasuredValueComment();
    }
}
