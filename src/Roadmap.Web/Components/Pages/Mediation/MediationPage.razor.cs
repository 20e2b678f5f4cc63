using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Mediation.GetMediationForm;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Mediation;

public sealed partial class MediationPage
{
    public const string FormName = "recueillir";

    private MediationForm? _form;
    private string? _refusal;
    private UseCaseError? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "feuille")]
    private Guid? RoadmapId { get; set; }

    [SupplyParameterFromQuery(Name = "action")]
    private Guid? ActionId { get; set; }

    [SupplyParameterFromQuery(Name = "enregistre")]
    private bool Saved { get; set; }

    [SupplyParameterFromForm(FormName = FormName, Name = "Input")]
    private MediationInput? Posted { get; set; }

    private MediationInput Input { get; set; } = new();

    protected override async Task OnInitializedAsync()
    {
        var sent = await Mediator.TrySendAsync(new GetMediationForm(RoadmapId, ActionId));
        _refusal = sent.Refusal?.Message;
        _form = sent.Response;
        Input = Posted ?? new MediationInput();
        if (_form?.ActionId is { } actionId && Input.ActionId is null)
        {
            Input.ActionId = actionId;
        }
    }

    private async Task SubmitAsync()
    {
        if (_form?.Roadmap is not { } roadmap)
        {
            return;
        }

        var sent = await Mediator.TrySendAsync(Input.ToRequest(roadmap.Id));
        if (sent.Refused)
        {
            _error = sent.Error;
            return;
        }

        var next = Input.ActionId is { } actionId && Input.Kind != Application.Domain.Inclusion.MediatedContributionKind.Idea
            ? MediationLinks.RecordFor(actionId) : MediationLinks.RecordOn(roadmap.Id);
        Navigation.NavigateTo($"{next}&enregistre=true");
    }
}
