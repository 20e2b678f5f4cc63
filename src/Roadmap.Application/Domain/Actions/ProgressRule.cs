namespace Roadmap.Application.Domain.Actions;

/// <summary>Where an action's progress percentage comes from.</summary>
public enum ProgressRule
{
    /// <summary>Its pilots set it (with a point d'étape or a status report).</summary>
    SetByPilots = 0,

    /// <summary>The mean of its indicators' share of the way done.</summary>
    FromIndicators = 1,
}
