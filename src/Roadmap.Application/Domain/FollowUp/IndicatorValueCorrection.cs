namespace Roadmap.Application.Domain.FollowUp;

/// <summary>What a measured value was before a correction, with who corrected it, when and why.</summary>
public sealed record IndicatorValueCorrection(
    DateOnly PreviousMeasuredOn,
    decimal PreviousValue,
    string PreviousSource,
    string PreviousComment,
    string Reason,
    Guid? CorrectedById,
    DateTimeOffset CorrectedAt);
