namespace Roadmap.Application.Mediation.GetMediationForm;

/// <summary>
/// What the recording form offers a mediator: their organisations, the roadmaps, and for the chosen one
/// (<see cref="Roadmap"/>) its actions and axes, with the action to pre-select when the form came from an action page.
/// </summary>
public sealed record MediationForm(
    IReadOnlyList<Choice> Organisations, IReadOnlyList<Choice> Roadmaps, ChosenRoadmap? Roadmap, Guid? ActionId);

public sealed record Choice(Guid Id, string Name);

/// <summary>The roadmap chosen, and why each kind of contribution is refused now (null when it is taken).</summary>
public sealed record ChosenRoadmap(
    Guid Id, string Title, string Slug, IReadOnlyList<Choice> Actions, IReadOnlyList<Choice> Axes,
    string? SupportsClosed, string? CommentsClosed, string? IdeasClosed);
