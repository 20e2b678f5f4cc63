using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Web.Infrastructure.Site;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Screen;

/// <summary>
/// « /ateliers/{id}/ecran »: what the facilitators project in the room. Rendered on the server as the
/// room stands, then kept live by workshop-screen.js over the hub (as the signed-in facilitator).
/// </summary>
public sealed partial class ScreenPage
{
    private WorkshopDetails? _workshop;
    private WorkshopState? _state;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private PublicUrls Urls { get; set; } = default!;

    [Parameter]
    public Guid Id { get; set; }

    private bool IsOpen => _workshop?.IsOpen == true;

    private PollView? LastPoll => _state is { Polls.Count: > 0 } state ? state.Polls[^1] : null;

    private string EndedText => _workshop?.Status == WorkshopStatus.Cancelled
        ? "Cet atelier est annulé."
        : "L'atelier est terminé. Merci à toutes et à tous de votre participation !";

    private string ItemText
    {
        get
        {
            var agenda = _state?.Agenda ?? [];
            var index = agenda.ToList().FindIndex(i => i.Id == _state?.FocusedItemId);
            return index < 0 ? "L'atelier va commencer." : $"Point {index + 1} sur {agenda.Count} : {agenda[index].Title}";
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _workshop = await Mediator.FindAsync(new GetWorkshop(Id));
        if (_workshop is null)
        {
            Navigation.NotFound();
            return;
        }

        // Only the workshop's facilitators project it: for anyone else the page does not exist.
        if (!_workshop.CanRun)
        {
            _workshop = null;
            Navigation.NotFound();
            return;
        }

        _state = await Mediator.Send(new GetWorkshopState(Id, null));
    }

    private string Absolute(string path) => Urls.Absolute(path);
}
