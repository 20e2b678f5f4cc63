using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Standing;
using Roadmap.Application.Standing.GetStandingClaimForm;
using Roadmap.Application.Standing.ListMyStandingClaims;
using Roadmap.Application.Standing.SubmitStandingClaim;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Account.Pages.Manage;

/// <summary>The person's standing claims: the form to claim one and the list of their claims with the reviewers' answers.</summary>
public sealed partial class StandingPage
{
    public const string Path = "/compte/qualite";
    private const string FormName = "qualite";
    private const string SearchCommand = "chercher";

    private StandingClaimForm? _form;
    private IReadOnlyList<StandingClaimView> _claims = [];
    private UseCaseError? _error;
    private string? _status;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [SupplyParameterFromForm(FormName = FormName)]
    private ClaimInput? Input { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        await LoadAsync();
    }

    private async Task SubmitAsync()
    {
        Input ??= new();
        if (Input.Command == SearchCommand)
        {
            await LoadAsync();
            return;
        }

        var sent = await Mediator.TrySendAsync(new SubmitStandingClaim(Input.RoadmapSlug ?? "", Input.OrganisationId ?? Guid.Empty, Input.Role ?? ParticipantRole.Citizen, Input.Statement));
        if (sent.Refused)
        {
            _error = sent.Error;
        }
        else
        {
            _status = "Votre demande est envoyée : vous serez notifié·e de la réponse.";
            Input = new();
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _form = await Mediator.Send(new GetStandingClaimForm());
        _claims = await Mediator.Send(new ListMyStandingClaims());
    }

    private sealed class ClaimInput
    {
        public string? RoadmapSlug { get; set; }

        public Guid? OrganisationId { get; set; }

        public string? OrganisationSearch { get; set; }

        /// <summary>« chercher » when the organisation search was asked for: the form is shown again, not sent.</summary>
        public string? Command { get; set; }

        public ParticipantRole? Role { get; set; }

        public string? Statement { get; set; }
    }
}
