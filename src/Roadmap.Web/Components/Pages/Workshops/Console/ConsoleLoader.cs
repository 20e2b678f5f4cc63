using MediatR;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Roadmaps.GetRoadmap;
using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

/// <summary>Reads the console through the existing queries; null when the caller does not run this workshop (they get a 404).</summary>
internal static class ConsoleLoader
{
    public static async Task<ConsoleView?> LoadAsync(IMediator mediator, Guid workshopId, bool withActions = true, CancellationToken cancellationToken = default)
    {
        if (await mediator.FindAsync(new GetWorkshop(workshopId), cancellationToken) is not { CanRun: true } workshop)
        {
            return null;
        }

        if (workshop.Status != WorkshopStatus.Live)
        {
            return new ConsoleView(workshop, null, []);
        }

        // Facilitators need no attendance to read the room (GetWorkshopState), so the console never marks them present.
        var state = await mediator.Send(new GetWorkshopState(workshopId, null), cancellationToken);
        if (!withActions)
        {
            return new ConsoleView(workshop, state, []);
        }

        var roadmap = await mediator.Send(new GetRoadmap(workshop.RoadmapSlug) { ActionsPerAxis = GetRoadmap.MaxActionsPerAxis }, cancellationToken);
        var actions = roadmap.Axes.OrderBy(a => a.Position)
            .SelectMany(axis => axis.Actions.OrderBy(a => a.Title, StringComparer.CurrentCulture).Select(a => new PollActionChoice(a.Id, $"Axe {axis.Position} — {axis.Title}", a.Title)))
            .ToList();
        return new ConsoleView(workshop, state, actions);
    }
}
