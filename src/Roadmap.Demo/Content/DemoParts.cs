using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Demo.Content;

/// <summary>Short helpers so that the demo fiches read like fiches, not like constructor calls.</summary>
internal static class DemoParts
{
    public static IndicatorInput Indicator(string name, string unit, decimal? baseline, decimal target, int dueYear) =>
        Indicator(name, unit, baseline, target, new DateOnly(dueYear, 12, 31));

    public static IndicatorInput Indicator(string name, string unit, decimal? baseline, decimal target, DateOnly dueOn) =>
        new(name, unit, baseline, target, dueOn);

    public static ActionBudget Budget(decimal amount, string funding) => new(amount, funding);

    public static PoolingInput Technical(string description) => new(PoolingKind.Technical, description);

    public static PoolingInput Organisational(string description) => new(PoolingKind.Organisational, description);
}
