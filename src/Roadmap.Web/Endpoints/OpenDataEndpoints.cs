using MediatR;
using Roadmap.Application.OpenData.OpenDataset;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.OpenData;

namespace Roadmap.Web.Endpoints;

/// <summary>The dataset files linked from /feuilles-de-route/{slug}/donnees (the API serves the same under /api/v1).</summary>
internal static class OpenDataEndpoints
{
    public static IEndpointRouteBuilder MapOpenDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feuilles-de-route/{slug}/donnees/{file}", GetAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> GetAsync(string slug, string file, IMediator mediator, CancellationToken cancellationToken)
    {
        if (DatasetFile.Parse(file) is not { } wanted
            || await mediator.FindAsync(new OpenDataset(slug, wanted.Name), cancellationToken) is not { } download)
        {
            return TypedResults.NotFound();
        }

        return new DatasetFileResult(download, wanted.Format, Links.DatasetFile(download.RoadmapSlug, download.Definition.Name, DatasetFormat.Schema));
    }
}
