using MediatR;
using Roadmap.Application.Roadmaps.GetRoadmap;
using Roadmap.Application.Workshops.Agenda;
using Roadmap.Application.Workshops.ListFacilitators;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

/// <summary>Reads what the workshop form offers through the existing queries (the roadmap page's and the facilitators').</summary>
internal static class WorkshopFormOptionsLoader
{
    /// <param name="onAgenda">Actions already on the agenda (when editing), kept even if the roadmap's lists leave them out.</param>
    public static async Task<WorkshopFormOptions> LoadAsync(IMediator mediator, string slug, IReadOnlyList<AgendaItemView> onAgenda)
    {
        var roadmap = await mediator.Send(new GetRoadmap(slug) { ActionsPerAxis = GetRoadmap.MaxActionsPerAxis });
        var facilitators = await mediator.Send(new ListFacilitators(slug));
        var actions = roadmap.Axes.SelectMany(a => a.Actions).Select(a => new ActionChoice(a.Id, a.AxisId, a.Title)).ToList();
        var listed = actions.Select(a => a.Id).ToHashSet();
        actions.AddRange(onAgenda.SelectMany(i => i.Actions).Where(a => listed.Add(a.Id)).Select(a => new ActionChoice(a.Id, Guid.Empty, a.Title)));

        return new WorkshopFormOptions(
            roadmap.Slug,
            roadmap.Title,
            [.. roadmap.Axes.Select(a => new AxisChoice(a.Id, a.Position, a.Title))],
            actions,
            facilitators);
    }
}
