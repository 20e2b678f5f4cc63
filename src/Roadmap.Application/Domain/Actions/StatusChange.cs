namespace Roadmap.Application.Domain.Actions;

/// <summary>One line of an action's public history: who moved it, when, from what, to what, and why.</summary>
public sealed record StatusChange(ActionStatus From, ActionStatus To, string Reason, Guid? ById, DateTimeOffset At, int? ProgressPercent)
{
    public const int ReasonMaxLength = 2_000;
}
