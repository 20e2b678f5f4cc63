namespace Roadmap.Application.Domain.Actions;

/// <summary>A measurable success objective: from <see cref="Baseline"/> to <see cref="Target"/> by <see cref="DueOn"/>.</summary>
public sealed record SuccessIndicator(string Name, string Unit, decimal? Baseline, decimal Target, DateOnly? DueOn)
{
    public const int NameMaxLength = 200;
    public const int UnitMaxLength = 40;

    internal SuccessIndicator Checked() =>
        this with
        {
            Name = Guard.Text(Name, NameMaxLength, "Le nom de l'indicateur"),
            Unit = Guard.Text(Unit, UnitMaxLength, "L'unité de l'indicateur"),
        };
}
