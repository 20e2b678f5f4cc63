using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Axes;

/// <summary>An axis as its managers see it: its objectives in order, whether archived, how many actions it holds.</summary>
public sealed record AxisView(Guid Id, int Position, string Title, string Description, IReadOnlyList<string> Objectives, bool Archived, int ActionCount)
{
    internal static AxisView Of(StrategicAxis axis, int actionCount) => new(
        axis.Id, axis.Position, axis.Title, axis.Description, axis.Objectives.OrderBy(o => o.Position).Select(o => o.Text).ToList(), axis.IsArchived, actionCount);

    /// <summary>What the journal keeps of an axis.</summary>
    internal static object Journal(StrategicAxis axis) => new
    {
        axis.Title,
        axis.Description,
        axis.Position,
        Objectives = axis.Objectives.OrderBy(o => o.Position).Select(o => o.Text).ToList(),
    };
}
