using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Workshops.EditWorkshop;
using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

public sealed partial class EditWorkshopPage
{
    private WorkshopDetails? _workshop;
    private WorkshopFormOptions? _options;
    private UseCaseError? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromForm(FormName = "modifier-atelier")]
    private WorkshopFormModel Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _workshop = await Mediator.FindAsync(new GetWorkshop(Id));
        if (_workshop is null)
        {
            Navigation.NotFound();
            return;
        }

        // Only its facilitators get a draft, and only while it is scheduled.
        if (_workshop.EditableDraft is { } draft)
        {
            Input ??= WorkshopFormModel.From(draft);
            _options = await WorkshopFormOptionsLoader.LoadAsync(Mediator, _workshop.RoadmapSlug, _workshop.Agenda);
        }
    }

    private async Task SubmitAsync()
    {
        if (_options is null || Input.DraftToSend(out _error) is not { } draft)
        {
            return;
        }

        var sent = await Mediator.TrySendAsync(new EditWorkshop(Id, draft));
        if (sent.Refused)
        {
            _error = sent.Error;
            return;
        }

        Navigation.NavigateTo(WorkshopPage.WithStatus(Id, WorkshopPage.Edited));
    }
}
