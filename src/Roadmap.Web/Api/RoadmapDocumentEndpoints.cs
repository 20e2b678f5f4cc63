using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.FollowUp.GetRoadmapDocument;

namespace Roadmap.Web.Api;

/// <summary>The adopted roadmap as an editable Word file, the same as the print page's « Télécharger en .docx ».</summary>
internal static class RoadmapDocumentEndpoints
{
    public static RouteGroupBuilder MapRoadmapDocumentEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/roadmaps/{slug}/document.docx", DocxAsync)
            .WithName("GetRoadmapDocument")
            .WithSummary("La feuille de route adoptée au format Word (.docx) : axes, objectifs, actions retenues avec indicateurs, budget, partenaires et pilotes.")
            .Produces(StatusCodes.Status200OK, contentType: RoadmapDocumentFile.ContentType);
        return api;
    }

    /// <summary>Streams the file to the response (the data is read first, so a missing roadmap is a 404, not a broken download).</summary>
    public static PushStreamHttpResult Download(RoadmapDocumentFile file, CancellationToken cancellationToken) =>
        TypedResults.Stream(output => file.WriteToAsync(output, cancellationToken), RoadmapDocumentFile.ContentType, file.FileName);

    private static async Task<PushStreamHttpResult> DocxAsync(string slug, IMediator mediator, CancellationToken cancellationToken) =>
        Download(await mediator.Send(new ExportRoadmapDocument(slug), cancellationToken), cancellationToken);
}
