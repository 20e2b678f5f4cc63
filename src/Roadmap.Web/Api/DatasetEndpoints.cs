using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.OpenData;
using Roadmap.Application.OpenData.ListDatasets;
using Roadmap.Application.OpenData.OpenDataset;
using Roadmap.Web.OpenData;

namespace Roadmap.Web.Api;

/// <summary>The open datasets of a roadmap, as on /feuilles-de-route/{slug}/donnees: public, the same for everyone.</summary>
internal static class DatasetEndpoints
{
    private const string Licence = "Licence Ouverte / Etalab 2.0 (" + OpenLicence.Url + ").";

    public static RouteGroupBuilder MapDatasetEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/roadmaps/{slug}/datasets", ListAsync).WithName("ListDatasets")
            .WithSummary("Les jeux de données ouverts d'une feuille de route, avec leur taille et leur dernière mise à jour.")
            .WithDescription($"Chaque jeu se télécharge en {{name}}.csv, {{name}}.json, et son schéma (Table Schema) en {{name}}.schema.json. {Licence}");
        api.MapGet("/roadmaps/{slug}/datasets/{file}", GetAsync).WithName("GetDataset")
            .WithSummary("Un jeu de données : actions.csv, actions.json ou actions.schema.json (de même pour indicateurs, valeurs, soutiens, sondages, commentaires).")
            .WithDescription("CSV UTF-8 sans BOM, virgule, RFC 4180 ; JSON : un tableau d'objets. Les lignes sont envoyées au fil de la lecture. " +
                "ETag et Last-Modified : If-None-Match ou If-Modified-Since donnent 304. " + Licence)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: ["application/json"])
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<DatasetCatalogue>> ListAsync(string slug, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListDatasets(slug), cancellationToken));

    private static async Task<IResult> GetAsync(string slug, string file, IMediator mediator, CancellationToken cancellationToken)
    {
        var wanted = DatasetFile.Parse(file) ?? throw new NotFoundException("Le fichier", file);
        var download = await mediator.Send(new OpenDataset(slug, wanted.Name), cancellationToken);
        return new DatasetFileResult(download, wanted.Format, SchemaPath(download.RoadmapSlug, download.Definition.Name));
    }

    private static string SchemaPath(string slug, string dataset) =>
        $"{ApiEndpoints.Prefix}/roadmaps/{slug}/datasets/{DatasetFile.NameOf(dataset, DatasetFormat.Schema)}";
}
