using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Agenda;

public sealed record AxisRef(Guid Id, int Position, string Title);

public sealed record ActionRef(Guid Id, string Title, string Link);

/// <summary>An agenda line; <see cref="Title"/> is ready to display (the axis title, the topic, or « Actions : … »).</summary>
public sealed record AgendaItemView(Guid Id, int Position, AgendaItemKind Kind, string Title, Guid? AxisId, IReadOnlyList<ActionRef> Actions, string Topic);
