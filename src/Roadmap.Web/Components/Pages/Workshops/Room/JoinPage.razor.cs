using MediatR;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Workshops.FindWorkshopByCode;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Infrastructure;

namespace Roadmap.Web.Components.Pages.Workshops.Room;

/// <summary>
/// « /rejoindre »: one field, the join code; a known code leads to its room, else the reason is shown
/// next to the field. Unknown codes count against the address (<see cref="JoinCodeGuesses"/>): past the
/// limit the page answers 429 with the reason, without looking the code up.
/// </summary>
public sealed partial class JoinPage
{
    private string? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private JoinCodeGuesses Guesses { get; set; } = default!;

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    /// <summary>What the visitor typed (the form is sent with GET): absent on a first visit.</summary>
    [SupplyParameterFromQuery(Name = "code")]
    private string? Code { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (Code is null)
        {
            return;
        }

        var address = ClientAddress.Of(HttpContext);
        if (Guesses.WaitBeforeLookup(address) is { } wait && HttpContext is not null)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            _error = JoinCodeGuesses.Refusal;
            return;
        }

        var sent = await Mediator.TrySendAsync(new FindWorkshopByCode(Code));
        if (sent.Refusal is { Status: StatusCodes.Status404NotFound } unknown)
        {
            Guesses.WrongCode(address);
            _error = $"{unknown.Message} Vérifiez-le auprès de l'animation de l'atelier.";
            return;
        }

        if (sent.Refused)
        {
            _error = sent.Refusal.Sentence;
            return;
        }

        Navigation.NavigateTo(Links.Join(sent.Response.JoinCode));
    }
}
