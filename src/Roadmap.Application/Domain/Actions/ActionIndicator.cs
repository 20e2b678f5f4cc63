namespace Roadmap.Application.Domain.Actions;

/// <summary>
/// One measurable objective of an action, with a stable id so measured values can refer to it:
/// from <see cref="Baseline"/> (measured on <see cref="BaselineOn"/>) to <see cref="Target"/> by <see cref="DueOn"/>.
/// <see cref="LatestValue"/> and <see cref="LatestMeasuredOn"/> repeat the most recent measured value for lists and dashboards.
/// </summary>
public sealed class ActionIndicator
{
    private ActionIndicator() { }

    public Guid Id { get; private set; }
    public Guid ActionId { get; private set; }

    /// <summary>Order on the action's page, from 0.</summary>
    public int Position { get; private set; }
    public string Name { get; private set; } = "";
    public string Unit { get; private set; } = "";
    public decimal? Baseline { get; private set; }

    /// <summary>When the baseline was measured; the trajectory starts there (or when the action was retained).</summary>
    public DateOnly? BaselineOn { get; private set; }
    public decimal Target { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public decimal? LatestValue { get; private set; }
    public DateOnly? LatestMeasuredOn { get; private set; }

    internal static ActionIndicator Define(Guid actionId, int position, SuccessIndicator definition)
    {
        var indicator = new ActionIndicator { Id = Guid.NewGuid(), ActionId = actionId };
        indicator.Revise(position, definition);
        return indicator;
    }

    internal void Revise(int position, SuccessIndicator definition)
    {
        var checkedDefinition = definition.Checked();
        Position = position;
        Name = checkedDefinition.Name;
        Unit = checkedDefinition.Unit;
        Baseline = checkedDefinition.Baseline;
        Target = checkedDefinition.Target;
        DueOn = checkedDefinition.DueOn;
    }

    public SuccessIndicator Definition => new(Name, Unit, Baseline, Target, DueOn);

    /// <summary>Repeats the most recent measured value (or none when the last one was withdrawn).</summary>
    public void ShowLatest(decimal? value, DateOnly? measuredOn)
    {
        LatestValue = value;
        LatestMeasuredOn = value is null ? null : measuredOn;
    }

    /// <summary>Sets when the baseline was measured (the start of the straight trajectory).</summary>
    public void DateBaseline(DateOnly? baselineOn) => BaselineOn = baselineOn;
}
