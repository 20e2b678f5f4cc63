namespace Roadmap.Application.Domain.Workshops;

public enum AgendaItemKind
{
    /// <summary>A strategic axis of the roadmap.</summary>
    Axis = 0,

    /// <summary>A set of actions of the roadmap.</summary>
    Actions = 1,

    /// <summary>A topic written by the facilitator.</summary>
    FreeTopic = 2,
}
