using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.PersonalData.ExportMyData;

namespace Roadmap.Web.Endpoints;

/// <summary>The download behind « Télécharger mes données » on /compte/donnees (the API has its own, /api/v1/me/export).</summary>
internal static class PersonalDataEndpoints
{
    public const string ExportPath = "/compte/donnees/export";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },

        // Readable French in the file: « é » rather than \u00E9.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static IEndpointRouteBuilder MapPersonalDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, ExportAsync).RequireAuthorization().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<FileContentHttpResult> ExportAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var export = await mediator.Send(new ExportMyData(), cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(
            JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", $"mes-donnees-roadmap-{export.ExportedAt:yyyy-MM-dd}.json");
    }
}
