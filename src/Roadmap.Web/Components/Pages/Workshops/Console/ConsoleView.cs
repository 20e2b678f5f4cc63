using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Application.Workshops.GetWorkshopState;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

/// <summary>
/// What the console shows: the workshop's page facts, and once the room is open its live state
/// (seen as a facilitator) with the roadmap's actions a poll option may point to.
/// </summary>
public sealed record ConsoleView(WorkshopDetails Workshop, WorkshopState? State, IReadOnlyList<PollActionChoice> Actions);

/// <summary>An action of the roadmap offered as a poll option, under its axis.</summary>
public sealed record PollActionChoice(Guid Id, string AxisTitle, string Title);
