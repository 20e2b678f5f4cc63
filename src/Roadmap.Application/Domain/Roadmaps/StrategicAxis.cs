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

    /// <summary>How many objectives an axis may list.</summary>
    public const int MaxObjectives = 20;

    public bool IsArchived => ArchivedAt is not null;

    public void AddObjective(string text)
    {
        if (_objectives.Count >= MaxObjectives)
        {
            throw new DomainRuleException($"Un axe compte au plus {MaxObjectives} objectifs.");
        }

        _objectives.Add(new AxisObjective(_objectives.Count + 1, Guard.Text(text, ObjectiveMaxLength, "L'objectif")));
    }

    internal void Edit(string title, string description, IReadOnlyList<string> objectives)
    {
        if (objectives.Count > MaxObjectives)
        {
            throw new DomainRuleException($"Un axe compte au plus {MaxObjectives} objectifs.");
        }

        var texts = objectives.Select(o => Guard.Text(o, ObjectiveMaxLength, "L'objectif")).ToList();
        Title = Guard.Text(title, TitleMaxLength, "Le titre de l'axe");
        Description = Guard.OptionalText(description, DescriptionMaxLength, "La description de l'axe");
        _objectives.Clear();
        _objectives.AddRange(texts.Select((text, index) => new AxisObjective(index + 1, text)));
    }

    internal void MoveTo(int position) => Position = position;

    internal void Archive(DateTimeOffset now) => ArchivedAt ??= now;
}
