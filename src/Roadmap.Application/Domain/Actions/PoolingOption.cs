namespace Roadmap.Application.Domain.Actions;

/// <summary>A way to share the action between collectivities (« option de mutualisation »).</summary>
public sealed record PoolingOption(PoolingKind Kind, string Description)
{
    public const int DescriptionMaxLength = 1_000;

    internal PoolingOption Checked() =>
        this with { Description = Guard.Text(Description, DescriptionMaxLength, "L'option de mutualisation") };
}
