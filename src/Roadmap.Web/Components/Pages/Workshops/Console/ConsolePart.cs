using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Workshops.GetWorkshopState;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

/// <summary>
/// A part of the console: drawn from the room's state, its forms post to the console page and send
/// one facilitator request each. The request's handler broadcasts the hub event itself, so the room
/// sees a form exactly as it sees the hub; on success the facilitator is redirected back (post-redirect-get).
/// </summary>
public abstract class ConsolePart : ComponentBase
{
    [Parameter, EditorRequired]
    public WorkshopState State { get; set; } = default!;

    /// <summary>The <c>?statut=</c> of the page, shown by the part it concerns.</summary>
    [Parameter]
    public string? Status { get; set; }

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected Guid WorkshopId => State.Workshop.Id;

    /// <summary>Every form names the console as its action, so it also works when the part came as a fragment.</summary>
    protected string FormAction => ConsoleLinks.Page(WorkshopId);

    /// <summary>Sends the request; returns the refusal to show, or redirects to the console with <paramref name="status"/>.</summary>
    protected async Task<UseCaseError?> SendAsync<T>(IRequest<T> request, string status)
    {
        if ((await Mediator.TrySendAsync(request)).Error is { } error)
        {
            return error;
        }

        Navigation.NavigateTo(ConsoleLinks.After(WorkshopId, status));
        return null;
    }

    protected static UseCaseError Refusal(string message) => new(message, new Dictionary<string, string[]>());
}
