using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.FollowUp.GetRoadmapDocument;
using Roadmap.Web.Api;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Endpoints;

/// <summary>The « Télécharger en .docx » link of the roadmap's print page.</summary>
internal static class RoadmapDocumentFileEndpoints
{
    public static IEndpointRouteBuilder MapRoadmapDocumentFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feuilles-de-route/{slug}/document.docx", DocxAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<PushStreamHttpResult, NotFound>> DocxAsync(string slug, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.FindAsync(new ExportRoadmapDocument(slug), cancellationToken) is { } file
            ? RoadmapDocumentEndpoints.Download(file, cancellationToken)
            : TypedResults.NotFound();
}
