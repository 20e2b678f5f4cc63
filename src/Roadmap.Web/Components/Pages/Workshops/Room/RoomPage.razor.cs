using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.FindWorkshopByCode;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Infrastructure;

namespace Roadmap.Web.Components.Pages.Workshops.Room;

/// <summary>
/// « /rejoindre/{code} »: the participant room. The server renders the shell (title, facts, the
/// guest's name form); workshop-room.js joins over the hub and draws the live parts.
/// </summary>
public sealed partial class RoomPage
{
    private WorkshopByCode? _workshop;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private JoinCodeGuesses Guesses { get; set; } = default!;

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    [Parameter]
    public string Code { get; set; } = "";

    private bool SignedIn => CurrentUser.Id is not null;

    private static bool IsOver(WorkshopByCode workshop) => workshop.Status is WorkshopStatus.Closed or WorkshopStatus.Cancelled;

    private bool MustSignIn(WorkshopByCode workshop) => !SignedIn && !workshop.AllowGuests;

    private static string SignInLink(WorkshopByCode workshop) => $"/compte/connexion?returnUrl={Uri.EscapeDataString(Links.Join(workshop.JoinCode))}";

    protected override async Task OnInitializedAsync()
    {
        // The « Rejoindre » form says what is wrong with the code, next to the field (or that the
        // address tried too many unknown codes: then the code is not even looked up here).
        var address = ClientAddress.Of(HttpContext);
        var retypeCode = $"{Links.Join()}?code={Uri.EscapeDataString(Code)}";
        if (Guesses.WaitBeforeLookup(address) is not null)
        {
            Navigation.NavigateTo(retypeCode);
            return;
        }

        var sent = await Mediator.TrySendAsync(new FindWorkshopByCode(Code));
        if (sent.Refused)
        {
            if (sent.Refusal.Status == StatusCodes.Status404NotFound)
            {
                Guesses.WrongCode(address);
            }

            Navigation.NavigateTo(retypeCode);
            return;
        }

        _workshop = sent.Response;
        if (!string.Equals(_workshop.JoinCode, Code, StringComparison.Ordinal))
        {
            Navigation.NavigateTo(Links.Join(_workshop.JoinCode));
        }
    }
}
