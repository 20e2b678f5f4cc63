using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Roadmaps.Team.FindPeople;
using Roadmap.Application.Roadmaps.Team.GetTeam;
using Roadmap.Application.Roadmaps.Team.GrantTeamRole;
using Roadmap.Application.Roadmaps.Team.RevokeTeamRole;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Roadmaps.Team;

/// <summary>
/// A roadmap's team: its members for the team, and for those who manage it a search-then-grant form,
/// a role switch per member and a removal confirmed on a second screen (<c>?retirer=</c>). Every change
/// comes back here with a <c>?statut=</c> confirmation, so reloading sends nothing twice.
/// </summary>
public sealed partial class TeamPage
{
    public const string Added = "ajout";
    public const string Removed = "retrait";
    private const string GrantForm = "ajouter-membre";

    private TeamView? _team;
    private IReadOnlyList<PersonOption>? _people;
    private TeamMemberView? _toRemove;
    private UseCaseError? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public string Slug { get; set; } = "";

    [SupplyParameterFromQuery(Name = "q")]
    private string? Query { get; set; }

    [SupplyParameterFromQuery(Name = "retirer")]
    private Guid? RemoveId { get; set; }

    [SupplyParameterFromQuery(Name = "statut")]
    private string? Status { get; set; }

    // No form name: the grant form, a member's role switch and a removal all bind here.
    [SupplyParameterFromForm]
    private TeamInput? Input { get; set; }

    public static string Link(string slug) => $"{Links.Roadmap(slug)}/equipe";

    private static string RemoveLink(string slug, Guid userId) => $"{Link(slug)}?retirer={userId}#retrait-titre";

    private static string ChangeForm(Guid userId) => $"role-{userId:N}";

    private static string RemoveForm(Guid userId) => $"retirer-{userId:N}";

    private static string RoleLabel(TeamRole role) => role == TeamRole.Manager ? "gestionnaire" : "animateur·rice";

    private string? StatusText => Status switch
    {
        Added => "L'équipe est mise à jour : la personne en est informée.",
        Removed => "La personne a été retirée de l'équipe.",
        _ => null,
    };

    protected override async Task OnInitializedAsync()
    {
        var read = await Mediator.TrySendAsync(new GetTeam(Slug));
        if (read.Refused)
        {
            if (read.Refusal.Status == StatusCodes.Status404NotFound)
            {
                Navigation.NotFound();
            }
            else
            {
                Navigation.NavigateTo("/compte/acces-refuse");
            }

            return;
        }

        _team = read.Response;
        _toRemove = _team.Members.FirstOrDefault(m => m.UserId == RemoveId);
        if (_team.CanManage && !string.IsNullOrWhiteSpace(Query))
        {
            var query = Query.Length > FindPeople.QueryMaxLength ? Query[..FindPeople.QueryMaxLength] : Query;
            _people = await Mediator.Send(new FindPeople(Slug, query));
        }
    }

    private async Task GrantAsync()
    {
        var sent = await Mediator.TrySendAsync(new GrantTeamRole(Slug, Input?.UserId ?? Guid.Empty, Input?.Role ?? TeamRole.Facilitator));
        Done(sent.Error, Added);
    }

    private async Task RevokeAsync()
    {
        var sent = await Mediator.TrySendAsync(new RevokeTeamRole(Slug, Input?.UserId ?? Guid.Empty));
        Done(sent.Error, Removed);
    }

    private void Done(UseCaseError? error, string status)
    {
        if (error is not null)
        {
            _error = error;
            _toRemove = null;
            return;
        }

        Navigation.NavigateTo($"{Link(Slug)}?statut={status}");
    }

    private sealed class TeamInput
    {
        public Guid UserId { get; set; }

        public TeamRole Role { get; set; }
    }
}
