using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.FollowUp.Communes;
using Roadmap.Application.FollowUp.FindCommuneActions;
using Roadmap.Application.FollowUp.GetCommuneActions;
using Roadmap.Application.FollowUp.GetRoadmapDashboard;
using Roadmap.Web.Infrastructure.PublicCache;

namespace Roadmap.Web.Api;

/// <summary>The follow-up dashboard of a roadmap and « Ma commune »: public reads, as on the pages.</summary>
internal static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboardEndpoints(this RouteGroupBuilder api)
    {
        var roadmap = api.MapGroup("/roadmaps/{slug}").WithTags("Suivi").CacheOutput(PublicPagePolicy.Name);
        roadmap.MapGet("/dashboard", DashboardAsync)
            .WithName("GetRoadmapDashboard")
            .WithSummary("Le tableau de bord de suivi : par axe, par structure porteuse et au total, les actions par statut, l'avancement, les indicateurs par état et le budget prévu, engagé et dépensé.")
            .WithDescription("Les actions masquées par la modération sont exclues. PercentDone est la moyenne de l'avancement des actions retenues, en cours ou réalisées (null sans aucune) ; les indicateurs et le budget portent sur ces mêmes actions.");
        roadmap.MapGet("/communes", FindCommunesAsync)
            .WithName("FindCommuneActions")
            .WithSummary("« Ma commune » : les communes dont le nom (sans tenir compte des accents ni de la casse) ou le code postal correspond à q ; avec une seule, les actions qui la concernent.")
            .WithDescription($"Au plus {FindCommuneActions.MaxMatches} communes (MoreMatches au-delà). q est obligatoire, {FindCommuneActions.TermMaxLength} caractères au plus (422 sinon).");
        roadmap.MapGet("/communes/{id:guid}/actions", CommuneActionsAsync)
            .WithName("GetCommuneActions")
            .WithSummary("Les actions publiques qui concernent une commune : directement, par son intercommunalité ou par son département.");
        return api;
    }

    private static async Task<Ok<RoadmapDashboard>> DashboardAsync(string slug, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetRoadmapDashboard(slug), cancellationToken));

    private static async Task<Ok<CommuneSearch>> FindCommunesAsync(string slug, IMediator mediator, CancellationToken cancellationToken, string? q = null) =>
        TypedResults.Ok(await mediator.Send(new FindCommuneActions(slug, q ?? ""), cancellationToken));

    private static async Task<Ok<CommuneActions>> CommuneActionsAsync(string slug, Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCommuneActions(slug, id), cancellationToken));
}
