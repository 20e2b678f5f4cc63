using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Domain.FollowUp;

/// <summary>
/// A dated measured value of an indicator. One per indicator and date; a correction changes it in
/// place and keeps what it replaced in <see cref="Corrections"/> (who, when, why).
/// </summary>
public sealed class IndicatorValue
{
    public const int SourceMaxLength = 300;
    public const int CommentMaxLength = 1_000;
    public const int ReasonMaxLength = 1_000;
    public const decimal MaxMagnitude = 100_000_000_000_000m;
    public const int EarliestYear = 1990;

    private readonly List<IndicatorValueCorrection> _corrections = [];

    private IndicatorValue() { }

    public Guid Id { get; private set; }
    public Guid IndicatorId { get; private set; }

    /// <summary>Repeated from the indicator, so an action's or a roadmap's values are read without a join.</summary>
    public Guid ActionId { get; private set; }
    public DateOnly MeasuredOn { get; private set; }
    public decimal Value { get; private set; }
    public string Source { get; private set; } = "";
    public string Comment { get; private set; } = "";
    public Guid? RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? CorrectedAt { get; private set; }

    public IReadOnlyList<IndicatorValueCorrection> Corrections => _corrections;

    public static IndicatorValue Record(ActionIndicator indicator, DateOnly measuredOn, decimal value, string source, string comment, Guid recordedById, DateTimeOffset now)
    {
        var measured = new IndicatorValue
        {
            Id = Guid.NewGuid(),
            IndicatorId = indicator.Id,
            ActionId = indicator.ActionId,
            RecordedById = recordedById,
            RecordedAt = now,
        };
        measured.Set(measuredOn, value, source, comment, now);
        return measured;
    }

    /// <summary>Changes the value; what it replaces stays in the history with <paramref name="reason"/>.</summary>
    public void Correct(DateOnly measuredOn, decimal value, string source, string comment, string reason, Guid correctedById, DateTimeOffset now)
    {
        var checkedReason = Guard.Text(reason, ReasonMaxLength, "Le motif de la correction");
        var previous = new IndicatorValueCorrection(MeasuredOn, Value, Source, Comment, checkedReason, correctedById, now);
        Set(measuredOn, value, source, comment, now);
        _corrections.Add(previous);
        CorrectedAt = now;
    }

    private void Set(DateOnly measuredOn, decimal value, string source, string comment, DateTimeOffset now)
    {
        if (measuredOn > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
        {
            throw new DomainRuleException("La date de mesure ne peut pas être dans le futur.");
        }

        if (measuredOn.Year < EarliestYear)
        {
            throw new DomainRuleException($"La date de mesure doit être postérieure à {EarliestYear}.");
        }

        if (Math.Abs(value) > MaxMagnitude)
        {
            throw new DomainRuleException("La valeur mesurée est trop grande.");
        }

        MeasuredOn = measuredOn;
        Value = value;
        Source = Guard.OptionalText(source, SourceMaxLength, "La source");
        Comment = Guard.OptionalText(comment, CommentMaxLength, "Le commentaire");
    }
}
