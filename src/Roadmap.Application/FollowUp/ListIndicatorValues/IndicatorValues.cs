using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.ListIndicatorValues;

/// <summary>An indicator with its progress and its measured values, newest first.</summary>
public sealed record IndicatorValues(
    Guid IndicatorId,
    Guid ActionId,
    string Name,
    string Unit,
    IndicatorProgress Progress,
    DateOnly? DueOn,
    IReadOnlyList<MeasuredValue> Values);

/// <summary>A measured value; <see cref="RecordedBy"/> and the corrections' authors are named as on the site.</summary>
public sealed record MeasuredValue(
    Guid Id,
    DateOnly MeasuredOn,
    decimal Value,
    string Source,
    string Comment,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    IReadOnlyList<MeasuredValueCorrection> Corrections);

/// <summary>What a value was before a correction, who corrected it, when and why; newest first.</summary>
public sealed record MeasuredValueCorrection(
    DateTimeOffset CorrectedAt,
    string CorrectedBy,
    string Reason,
    DateOnly PreviousMeasuredOn,
    decimal PreviousValue,
    string PreviousSource,
    string PreviousComment);
