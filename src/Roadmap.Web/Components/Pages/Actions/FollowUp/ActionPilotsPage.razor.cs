using Microsoft.AspNetCore.Components;
using Roadmap.Application.FollowUp.FindPilotCandidates;
using Roadmap.Application.FollowUp.GetActionFollowUp;
using Roadmap.Application.FollowUp.SetActionPilots;
using Roadmap.Application.Roadmaps.Team.GetMyRoadmapAccess;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions.FollowUp;

/// <summary>
/// A roadmap's managers name the pilots of a retained action: a remove button per pilot, a search
/// (<c>?q=</c>) listing the people who may pilot it with an « Ajouter » button each. Each button sends
/// the whole new list; every change comes back here with a <c>?statut=</c> confirmation.
/// </summary>
public sealed partial class ActionPilotsPage
{
    private const string Added = "ajout";
    private const string Removed = "retrait";

    private ActionFollowUp? _followUp;
    private IReadOnlyList<PilotCandidate>? _candidates;
    private UseCaseError? _error;

    [SupplyParameterFromQuery(Name = "q")]
    private string? Query { get; set; }

    // No form name: every add and remove button binds here.
    [SupplyParameterFromForm]
    private PilotInput? Input { get; set; }

    private string? StatusText => Status switch
    {
        Added => "Le pilote est nommé : il en est informé et suit désormais l'action.",
        Removed => "Le pilote a été retiré.",
        _ => null,
    };

    private static string RemoveForm(Guid userId) => $"retirer-pilote-{userId:N}";

    private static string AddForm(Guid userId) => $"ajouter-pilote-{userId:N}";

    private static string Why(PilotCandidate candidate) =>
        candidate.OrganisationName is { } organisation ? $" · {organisation}{(candidate.IsTeam ? " · équipe" : "")}" : candidate.IsTeam ? " · équipe" : "";

    protected override async Task OnInitializedAsync()
    {
        if (await LoadFollowUpAsync(followedUpOnly: false) is not { } followUp)
        {
            return;
        }

        if (!(await Mediator.Send(new GetMyRoadmapAccess(Slug))).CanManage)
        {
            Refuse();
            return;
        }

        _followUp = followUp;
        if (_followUp.IsFollowedUp && !string.IsNullOrWhiteSpace(Query))
        {
            var term = Query.Length > FindPilotCandidates.TermMaxLength ? Query[..FindPilotCandidates.TermMaxLength] : Query;
            _candidates = await Mediator.Send(new FindPilotCandidates(Id, term));
        }
    }

    private Task AddAsync() => SetAsync([.. Current(), Input?.UserId ?? Guid.Empty], Added);

    private Task RemoveAsync() => SetAsync([.. Current().Where(id => id != Input?.UserId)], Removed);

    private IEnumerable<Guid> Current() => _followUp?.Pilots.Select(p => p.UserId) ?? [];

    private async Task SetAsync(IReadOnlyList<Guid> userIds, string status)
    {
        var sent = await Mediator.TrySendAsync(new SetActionPilots(Id, userIds));
        if (sent.Refused)
        {
            _error = sent.Error;
            return;
        }

        ComeBack(Links.ActionPilots(Slug, Id), status);
    }

    private sealed class PilotInput
    {
        public Guid UserId { get; set; }
    }
}
