using MediatR;
using Microsoft.AspNetCore.Components;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

/// <summary>
/// The facilitator's console (/ateliers/{id}/animation). A server-rendered page whose every action is a
/// plain POST form sending one Application request (JoinWorkshop to open the room, FocusItem, OpenPoll,
/// ClosePoll, StartTimer, StopTimer, CallOnNextHand, PromoteIdea, GroupIdea, HideIdea; EndWorkshop on
/// its confirmation page), so it works without JavaScript; the handlers publish the hub events, so the
/// room sees a form as it sees the hub. With JavaScript, workshop-console.js listens to the hub and swaps
/// in the parts that changed, fetched as HTML from <see cref="ConsoleFragmentEndpoints"/>.
/// Facilitators of this workshop only: others get a 404, signed-out visitors the sign-in page.
/// </summary>
public sealed partial class ConsolePage
{
    private ConsoleView? _view;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromQuery(Name = "statut")]
    private string? Status { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _view = await ConsoleLoader.LoadAsync(Mediator, Id);
        if (_view is null)
        {
            Navigation.NotFound();
        }
    }
}
