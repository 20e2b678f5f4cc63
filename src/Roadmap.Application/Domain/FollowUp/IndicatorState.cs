namespace Roadmap.Application.Domain.FollowUp;

/// <summary>Where an indicator stands against its straight trajectory from baseline to target.</summary>
public enum IndicatorState
{
    /// <summary>No value measured yet.</summary>
    NotMeasured = 0,

    /// <summary>Measured, but without a due date or a baseline there is no trajectory to compare with.</summary>
    NoTrajectory = 1,
    Late = 2,
    OnTrack = 3,
    Ahead = 4,
    Achieved = 5,
}
