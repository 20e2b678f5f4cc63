namespace Roadmap.Application.Domain.Roadmaps;

/// <summary>An « axe stratégique » of a roadmap, with its objectives.</summary>
public sealed class StrategicAxis
{
    public const int TitleMaxLength = 160;
    public const int DescriptionMaxLength = 4_000;
    public const int ObjectiveMaxLength = 400;

    private readonly List<AxisObjective> _objectives = [];

    private StrategicAxis() { }

    public Guid Id { get; private set; }
    public Guid RoadmapId { get; private set; }
    public int Position { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>Set once archived: an axis that holds actions is archived, not deleted; its actions stay readable.</summary>
    public DateTimeOffset? ArchivedAt { get; private set; }
    public IReadOnlyList<AxisObjective> Objectives => _objectives;

    internal static StrategicAxis Create(TerritorialRoadmap roadmap, int position, string title, string description) => new()
    {
        Id = Guid.NewGuid(),
        RoadmapId = roadmap.Id,
        Position = position,
        Title = Guard.Text(title, TitleMaxLength, "Le titre de l'axe"),
        Description = Guard.OptionalText(description, DescriptionMaxLength, "La description de l'axe"),
    };

    public void AddObjective(string text) =>
        _objectives.Add(new AxisObjective(_objectives.Count + 1, Guard.Text(text, ObjectiveMaxLength, "L'objectif")));
}
