using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Roadmaps.GetRoadmap;
using Roadmap.Application.Roadmaps.Team.GetMyRoadmapAccess;
using Roadmap.Application.Workshops.CreateWorkshop;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

public sealed partial class NewWorkshopPage
{
    private string? _roadmapTitle;
    private WorkshopFormOptions? _options;
    private UseCaseError? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public string Slug { get; set; } = "";

    [SupplyParameterFromForm(FormName = "programmer-atelier")]
    private WorkshopFormModel Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new WorkshopFormModel { SubmissionKey = Guid.NewGuid() };
        _roadmapTitle = (await Mediator.FindAsync(new GetRoadmap(Slug) { ActionsPerAxis = 0 }))?.Title;
        if (_roadmapTitle is null)
        {
            Navigation.NotFound();
            return;
        }

        // The Application refuses the others anyway (ListFacilitators, CreateWorkshop); this only spares them a form they cannot send.
        if ((await Mediator.Send(new GetMyRoadmapAccess(Slug))).IsTeam)
        {
            _options = await WorkshopFormOptionsLoader.LoadAsync(Mediator, Slug, []);
        }
    }

    private async Task SubmitAsync()
    {
        if (_options is null || Input.DraftToSend(out _error) is not { } draft)
        {
            return;
        }

        var sent = await Mediator.TrySendAsync(new CreateWorkshop(Slug, draft) { SubmissionKey = Input.SubmissionKey });
        if (sent.Refused)
        {
            _error = sent.Error;
            return;
        }

        Navigation.NavigateTo(WorkshopPage.WithStatus(sent.Response.Id, WorkshopPage.Scheduled));
    }
}
