using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Roadmaps.GetRoadmap;
using Roadmap.Application.Roadmaps.ListRoadmaps;

namespace Roadmap.Web.Api;

internal static class RoadmapEndpoints
{
    public static RouteGroupBuilder MapRoadmapEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/roadmaps", ListAsync).AsPublicRead().WithName("ListRoadmaps").WithSummary("Les feuilles de route, avec leurs chiffres clés.")
            .WithDescription(ApiEndpoints.HiddenCountsDescription);
        api.MapGet("/roadmaps/{slug}", GetAsync).AsPublicRead().WithName("GetRoadmap").WithSummary("Une feuille de route avec ses axes et leurs actions.")
            .WithDescription(ApiEndpoints.HiddenCountsDescription + " Les actions de chaque axe sont alors les plus récentes (SupportCountsHidden).");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<RoadmapSummary>>> ListAsync(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListRoadmaps(), cancellationToken));

    private static async Task<Ok<RoadmapOverview>> GetAsync(string slug, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetRoadmap(slug), cancellationToken));
}
