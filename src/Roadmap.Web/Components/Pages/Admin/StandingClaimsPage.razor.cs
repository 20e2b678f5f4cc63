using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Standing;
using Roadmap.Application.Standing.DecideStandingClaim;
using Roadmap.Application.Standing.ListStandingClaims;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Admin;

/// <summary>
/// The review queue of standing claims (an Administrator sees all, a roadmap's manager those of their
/// roadmaps), filtered by status, with one approve/refuse form per pending claim.
/// </summary>
public sealed partial class StandingClaimsPage
{
    public const string Path = "/admin/qualites";

    private static readonly IReadOnlyList<(string Value, string Label)> Filters =
        [("en-attente", "En attente"), ("approuvees", "Approuvées"), ("refusees", "Refusées"), ("toutes", "Toutes")];

    private IReadOnlyList<StandingClaimView> _claims = [];
    private string? _refusal;
    private string? _status;
    private string? _error;
    private Guid? _errorFor;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "statut")]
    private string? Status { get; set; }

    // No form name: whichever claim's form was posted binds here.
    [SupplyParameterFromForm]
    private DecisionInput? Input { get; set; }

    private string StatusFilter => Filters.Any(f => f.Value == Status) ? Status! : "en-attente";

    private string FilterLabel => Filters.Single(f => f.Value == StatusFilter).Label;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task DecideAsync()
    {
        if (Input is null)
        {
            return;
        }

        var sent = await Mediator.TrySendAsync(new DecideStandingClaim(Input.ClaimId, Input.Approve, Input.Reason));
        if (sent.Refused)
        {
            _error = sent.Refusal.Sentence;
            _errorFor = Input.ClaimId;
        }
        else
        {
            var name = _claims.FirstOrDefault(c => c.Id == Input.ClaimId)?.PersonName ?? "la personne";
            _status = sent.Response == StandingStatus.Approved
                ? $"La demande de {name} est approuvée ; la personne est notifiée."
                : $"La demande de {name} est refusée ; la personne est notifiée avec le motif.";
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        StandingStatus? status = StatusFilter switch
        {
            "approuvees" => StandingStatus.Approved,
            "refusees" => StandingStatus.Refused,
            "toutes" => null,
            _ => StandingStatus.Pending,
        };
        var sent = await Mediator.TrySendAsync(new ListStandingClaims(status));
        _refusal = sent.Refusal?.Sentence;
        _claims = sent.Response ?? [];
    }

    private sealed class DecisionInput
    {
        public Guid ClaimId { get; set; }

        public bool Approve { get; set; }

        public string? Reason { get; set; }
    }
}
