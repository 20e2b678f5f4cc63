using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Roadmaps.Team.GetTeam;
using Roadmap.Application.Roadmaps.Team.GrantTeamRole;
using Roadmap.Application.Roadmaps.Team.RevokeTeamRole;

namespace Roadmap.Web.Api;

/// <summary>
/// A roadmap's team: read by its team, changed by an Administrator or one of its managers (403
/// otherwise). Granting is idempotent (PUT gives or changes the role), so is removing (DELETE), both 204.
/// </summary>
internal static class TeamEndpoints
{
    public static RouteGroupBuilder MapTeamEndpoints(this RouteGroupBuilder api)
    {
        var team = api.MapGroup("/admin/roadmaps/{slug}/team").WithTags("Équipes");
        team.MapGet("", GetAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy)
            .WithName("GetTeam").WithSummary("L'équipe d'une feuille de route (adresses e-mail pour ses gestionnaires seulement).");
        team.MapPut("/{userId:guid}", GrantAsync).AsWrite()
            .WithName("GrantTeamRole").WithSummary("Donner à une personne un rôle dans l'équipe (Manager ou Facilitator), ou changer le sien.");
        team.MapDelete("/{userId:guid}", RevokeAsync).AsWrite()
            .WithName("RevokeTeamRole").WithSummary("Retirer une personne de l'équipe (sans effet si elle n'en fait pas partie).");
        return api;
    }

    private static async Task<Ok<TeamView>> GetAsync(string slug, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetTeam(slug), cancellationToken));

    private static async Task<NoContent> GrantAsync(string slug, Guid userId, TeamRoleBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var role = body.Role ?? throw ValidationFailedException.For(nameof(TeamRoleBody.Role), "Indiquez le rôle : Manager ou Facilitator.");
        await mediator.Send(new GrantTeamRole(slug, userId, role), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RevokeAsync(string slug, Guid userId, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokeTeamRole(slug, userId), cancellationToken);
        return TypedResults.NoContent();
    }

    internal sealed record TeamRoleBody(TeamRole? Role);
}
