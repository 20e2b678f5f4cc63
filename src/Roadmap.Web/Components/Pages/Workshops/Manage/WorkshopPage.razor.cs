using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Infrastructure.Site;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

public sealed partial class WorkshopPage
{
    /// <summary>Values of <c>?statut=</c>: what the management form that redirected here did.</summary>
    public const string Scheduled = "programme";
    public const string Edited = "modifie";
    public const string Cancelled = "annule";
    public const string Registered = "inscrit";
    public const string Unregistered = "desinscrit";

    private WorkshopDetails? _workshop;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private PublicUrls Urls { get; set; } = default!;

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromQuery(Name = "statut")]
    private string? Status { get; set; }

    public static string WithStatus(Guid id, string status) => $"{Links.Workshop(id)}?statut={status}";

    protected override async Task OnParametersSetAsync()
    {
        _workshop = await Mediator.FindAsync(new GetWorkshop(Id));
        if (_workshop is null)
        {
            Navigation.NotFound();
        }
    }

    private string JoinUrl(WorkshopDetails workshop) => Urls.Absolute(Links.Join(workshop.JoinCode ?? ""));

    private string? StatusText(WorkshopDetails workshop) => Status switch
    {
        Scheduled when workshop.JoinCode is { } code =>
            $"L'atelier est programmé. Communiquez aux participant·es son code, {code}, ou le lien {JoinUrl(workshop)}.",
        Edited => "Les modifications de l'atelier sont enregistrées.",
        Cancelled => "L'atelier est annulé. Le motif est affiché sur cette page.",
        Registered => "Vous êtes inscrit·e. L'invitation part par courriel avec le fichier pour votre agenda.",
        Unregistered => "Votre inscription est annulée. Vous ne recevrez plus de courriel pour cet atelier.",
        _ => null,
    };
}
