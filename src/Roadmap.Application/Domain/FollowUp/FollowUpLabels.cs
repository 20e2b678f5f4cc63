using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Domain.FollowUp;

public static class FollowUpLabels
{
    public static string French(this IndicatorState state) => state switch
    {
        IndicatorState.NotMeasured => "Pas encore mesuré",
        IndicatorState.NoTrajectory => "Sans trajectoire",
        IndicatorState.Late => "En retard",
        IndicatorState.OnTrack => "Dans les temps",
        IndicatorState.Ahead => "En avance",
        IndicatorState.Achieved => "Cible atteinte",
        _ => state.ToString(),
    };

    public static string French(this ActionDifficulty difficulty) => difficulty switch
    {
        ActionDifficulty.None => "Aucune difficulté",
        ActionDifficulty.Late => "En retard",
        ActionDifficulty.Blocked => "Bloquée",
        ActionDifficulty.Paused => "En pause",
        ActionDifficulty.Abandoned => "Abandonnée",
        _ => difficulty.ToString(),
    };

    public static string French(this ProgressRule rule) => rule switch
    {
        ProgressRule.SetByPilots => "Fixé par les pilotes",
        ProgressRule.FromIndicators => "Calculé à partir des indicateurs",
        _ => rule.ToString(),
    };
}
