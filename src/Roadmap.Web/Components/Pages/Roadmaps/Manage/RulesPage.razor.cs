using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Roadmaps.Rules;
using Roadmap.Application.Roadmaps.Rules.ChangeParticipationRules;
using Roadmap.Application.Roadmaps.Rules.GetParticipationRules;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Errors;

namespace Roadmap.Web.Components.Pages.Roadmaps.Manage;

/// <summary>A roadmap's participation rules for its managers: radio groups, a number and a checkbox, one post.</summary>
public sealed partial class RulesPage
{
    private ParticipationRules? _rules;
    private string? _status;
    private Refusal? _refused;
    private UseCaseError? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Parameter]
    public string Slug { get; set; } = "";

    [SupplyParameterFromForm(FormName = "regles")]
    private RulesInput? Input { get; set; }

    public static string Path(string slug) => $"{SiteLinks.Roadmap(slug)}/regles";

    /// <summary>What the form shows: what was posted after a refusal, the saved rules otherwise.</summary>
    private RulesInput Shown => _error is not null && Input is not null ? Input : RulesInput.Of(_rules!);

    protected override async Task OnInitializedAsync()
    {
        var sent = await Mediator.TrySendAsync(new GetParticipationRules(Slug));
        _rules = sent.Response;
        if (sent.Refusal is not { } refusal)
        {
            return;
        }

        if (refusal.Status == StatusCodes.Status404NotFound)
        {
            Navigation.NotFound();
            return;
        }

        _refused = refusal;
        if (HttpContext is { Response.HasStarted: false } context)
        {
            context.Response.StatusCode = refusal.Status;
        }
    }

    private async Task SaveAsync()
    {
        var input = Input ?? new RulesInput();
        var sent = await Mediator.TrySendAsync(new ChangeParticipationRules(
            Slug, input.Proposers, input.SupportEligibility, input.MaxSupportsPerParticipant, input.CountsShownDuringPhase));
        if (sent.Refused)
        {
            _error = sent.Error;
            return;
        }

        _rules = sent.Response;
        _status = "Les règles de participation sont enregistrées.";
    }

    private sealed class RulesInput
    {
        public ProposalEligibility Proposers { get; set; }

        public SupportEligibility SupportEligibility { get; set; }

        public int? MaxSupportsPerParticipant { get; set; }

        /// <summary>An unticked box sends nothing: false.</summary>
        public bool CountsShownDuringPhase { get; set; }

        public static RulesInput Of(ParticipationRules rules) => new()
        {
            Proposers = rules.Proposers,
            SupportEligibility = rules.SupportEligibility,
            MaxSupportsPerParticipant = rules.MaxSupportsPerParticipant,
            CountsShownDuringPhase = rules.CountsShownDuringPhase,
        };
    }
}
