using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Organisations;
using Roadmap.Application.Organisations.CreateOrganisation;
using Roadmap.Application.Organisations.EditOrganisation;
using Roadmap.Application.Organisations.GetOrganisation;
using Roadmap.Application.Organisations.ListParentChoices;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Admin.Organisations;

/// <summary>
/// Creates an organisation by hand, or edits one: everything of one made by hand; the name and the
/// parent of a collectivity (its official data shown above, read-only). A save comes back to the
/// organisation's page with a <c>?statut=</c> confirmation, so reloading sends nothing twice.
/// </summary>
public sealed partial class OrganisationFormPage
{
    public const string NewPath = "/admin/organisations/nouvelle";
    private const string Created = "creee";
    private const string Saved = "enregistree";

    private OrganisationSummary? _organisation;
    private IReadOnlyList<ParentChoice> _parents = [];
    private UseCaseError? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public Guid? Id { get; set; }

    [SupplyParameterFromQuery(Name = "statut")]
    private string? Status { get; set; }

    [SupplyParameterFromForm(FormName = "organisation", Name = "Input")]
    private OrganisationInput? Posted { get; set; }

    private OrganisationInput Input { get; set; } = new();

    public static string Link(Guid id) => $"{OrganisationsPage.Path}/{id}";

    private bool IsOfficial => _organisation is { IsHandMade: false };

    private string Heading => _organisation is null ? "Nouvelle organisation" : $"Organisation « {_organisation.Name} »";

    private string? StatusText => Status switch
    {
        Created => "L'organisation est créée.",
        Saved => "Les modifications sont enregistrées.",
        _ => null,
    };

    protected override async Task OnInitializedAsync()
    {
        if (Id is { } id)
        {
            _organisation = await Mediator.FindAsync(new GetOrganisation(id));
            if (_organisation is null)
            {
                Navigation.NotFound();
                return;
            }
        }

        _parents = await Mediator.Send(new ListParentChoices(_organisation?.ParentId));
        Input = Posted ?? (_organisation is { } o
            ? new OrganisationInput { Name = o.Name, Kind = o.Kind, Siren = o.Siren, ParentId = o.ParentId }
            : new OrganisationInput());
    }

    private async Task SaveAsync()
    {
        var input = Posted ?? new OrganisationInput();
        if (Id is { } id)
        {
            var sent = await Mediator.TrySendAsync(new EditOrganisation(id, input.Name ?? "", input.Kind, input.Siren, input.ParentId));
            Done(sent.Error, id, Saved);
        }
        else
        {
            var sent = await Mediator.TrySendAsync(new CreateOrganisation(input.Name ?? "", input.Kind, input.Siren, input.ParentId));
            Done(sent.Error, sent.Response, Created);
        }
    }

    private void Done(UseCaseError? error, Guid id, string status)
    {
        if (error is not null)
        {
            _error = error;
            return;
        }

        Navigation.NavigateTo($"{Link(id)}?statut={status}");
    }

    private sealed class OrganisationInput
    {
        public string? Name { get; set; }

        public OrganisationKind Kind { get; set; } = OrganisationKind.Association;

        public string? Siren { get; set; }

        public Guid? ParentId { get; set; }
    }
}
