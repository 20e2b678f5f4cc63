namespace Roadmap.Application.Domain.Workshops;

/// <summary>One line of a workshop's ordered agenda.</summary>
public sealed class AgendaItem
{
    public const int TopicMaxLength = 200;
    public const int MaxActions = 20;

    private readonly List<Guid> _actionIds = [];

    private AgendaItem() { }

    public Guid Id { get; private set; }
    public int Position { get; private set; }
    public AgendaItemKind Kind { get; private set; }
    public Guid? AxisId { get; private set; }
    public IReadOnlyList<Guid> ActionIds => _actionIds;

    /// <summary>The free topic's title, or an optional note on an axis or actions item.</summary>
    public string Topic { get; private set; } = "";

    internal static AgendaItem From(AgendaItemDraft draft, int position, ISet<Guid> roadmapAxisIds, ISet<Guid> roadmapActionIds)
    {
        var item = new AgendaItem
        {
            Id = Guid.NewGuid(),
            Position = position,
            Kind = draft.Kind,
            Topic = Guard.OptionalText(draft.Topic, TopicMaxLength, "Le sujet"),
        };

        switch (draft.Kind)
        {
            case AgendaItemKind.Axis when draft.AxisId is { } axisId && roadmapAxisIds.Contains(axisId):
                item.AxisId = axisId;
                break;
            case AgendaItemKind.Axis:
                throw new DomainRuleException($"Point {position} de l'ordre du jour : choisissez un axe de cette feuille de route.");
            case AgendaItemKind.Actions:
                var ids = (draft.ActionIds ?? []).Distinct().ToList();
                if (ids.Count == 0 || ids.Count > MaxActions || !ids.All(roadmapActionIds.Contains))
                {
                    throw new DomainRuleException($"Point {position} de l'ordre du jour : choisissez de 1 à {MaxActions} actions de cette feuille de route.");
                }

                item._actionIds.AddRange(ids);
                break;
            default:
                item.Topic = Guard.Text(draft.Topic, TopicMaxLength, $"Le sujet du point {position}");
                break;
        }

        return item;
    }
}
