using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Workshops.Registration;
using Roadmap.Web.Components.Account;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

/// <summary>
/// « M'inscrire » / « Je ne viens plus » on a workshop's page: post, then redirect back to the page with
/// a <c>?statut=</c> the page turns into a confirmation.
/// </summary>
public sealed partial class WorkshopRegistrationBlock
{
    private const string RegisterForm = "inscription-atelier";
    private const string UnregisterForm = "desinscription-atelier";

    private WorkshopRegistrationView? _view;
    private string? _error;

    [Parameter, EditorRequired]
    public Guid WorkshopId { get; set; }

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private IMediator Mediator { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string LoginUrl => AccountPaths.WithReturnUrl(AccountPaths.Login, Links.Workshop(WorkshopId));

    protected override async Task OnParametersSetAsync() =>
        _view = await Mediator.FindAsync(new GetWorkshopRegistration(WorkshopId));

    /// <summary>A form posted from an older copy of the page (a double click, a second tab) must be rendered to be handled.</summary>
    private bool Shows(string form, bool applies) => applies || Posted(form);

    private bool Posted(string form) =>
        HttpContext is { Request: var request } && HttpMethods.IsPost(request.Method) && request.HasFormContentType && request.Form["_handler"] == form;

    private Task RegisterAsync() => SendAsync(new RegisterForWorkshop(WorkshopId), WorkshopPage.Registered);

    private Task UnregisterAsync() => SendAsync(new CancelWorkshopRegistration(WorkshopId), WorkshopPage.Unregistered);

    private async Task SendAsync(IRequest<bool> request, string status)
    {
        var sent = await Mediator.TrySendAsync(request);
        if (sent.Refused)
        {
            _error = sent.Error.Message;
            return;
        }

        Navigation.NavigateTo(WorkshopPage.WithStatus(WorkshopId, status));
    }
}
