namespace Roadmap.Application.Accessibility;

/// <summary>One RGAA 4.1 criterion (« 8.2 »), its short French title, the audit's verdict and why.</summary>
public sealed record RgaaCriterion(string Number, string Title, CriterionStatus Status, string Justification)
{
    /// <summary>The theme number, the part before the dot (« 8 » for « 8.2 »).</summary>
    public int Theme => int.Parse(Number.AsSpan(0, Number.IndexOf('.')), System.Globalization.CultureInfo.InvariantCulture);
}
