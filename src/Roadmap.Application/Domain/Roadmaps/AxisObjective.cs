namespace Roadmap.Application.Domain.Roadmaps;

public sealed record AxisObjective(int Position, string Text);
