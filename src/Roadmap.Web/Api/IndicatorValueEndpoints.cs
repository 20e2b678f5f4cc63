using System.Text;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.FollowUp.CorrectIndicatorValue;
using Roadmap.Application.FollowUp.ImportValues;
using Roadmap.Application.FollowUp.ListIndicatorValues;
using Roadmap.Application.FollowUp.RecordIndicatorValue;
using Roadmap.Web.Infrastructure;

namespace Roadmap.Web.Api;

/// <summary>
/// Measured values of indicators: read by anyone who may read the action; recorded, corrected and
/// imported by the action's pilots and its roadmap's managers (403 otherwise). One value per indicator
/// and date (409). The import takes the CSV as a <c>text/csv</c> body of at most 5 MB and records all
/// of it or nothing (422 listing every line's problem); <c>?dryRun=true</c> only previews it.
/// </summary>
internal static class IndicatorValueEndpoints
{
    private const string NoValue = "Indiquez la valeur mesurée.";

    public static RouteGroupBuilder MapIndicatorValueEndpoints(this RouteGroupBuilder api)
    {
        var values = api.MapGroup("").WithTags("Valeurs mesurées");
        values.MapGet("/indicators/{id:guid}/values", ListAsync).AsPublicRead()
            .WithName("ListIndicatorValues").WithSummary("Les valeurs mesurées d'un indicateur, les plus récentes d'abord, avec leurs corrections.");
        values.MapPost("/indicators/{id:guid}/values", RecordAsync).AsWrite()
            .WithName("RecordIndicatorValue").WithSummary("Enregistrer une valeur mesurée (pilotes de l'action et gestionnaires de la feuille de route).");
        values.MapPut("/indicator-values/{id:guid}", CorrectAsync).AsWrite()
            .WithName("CorrectIndicatorValue").WithSummary("Corriger une valeur mesurée, avec un motif ; la valeur précédente reste dans l'historique.");
        values.MapPost("/roadmaps/{slug}/indicator-values/import", ImportAsync).AsWrite()
            .WithMetadata(new RequestSizeLimitAttribute(RequestBodyLimits.ValuesFileBytes))
            .Accepts<string>("text/csv")
            .WithName("ImportIndicatorValues")
            .WithSummary("Importer un CSV de valeurs (colonnes indicateur, date, valeur, source, commentaire) ; dryRun=true donne l'aperçu sans rien enregistrer.");
        return api;
    }

    private static async Task<Ok<IndicatorValues>> ListAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListIndicatorValues(id), cancellationToken));

    private static async Task<Created<RecordedValue>> RecordAsync(Guid id, ValueBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var value = body.Value ?? throw ValidationFailedException.For(nameof(ValueBody.Value), NoValue);
        var valueId = await mediator.Send(new RecordIndicatorValue(id, body.MeasuredOn ?? default, value, body.Source ?? "", body.Comment ?? ""), cancellationToken);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/indicators/{id}/values", new RecordedValue(valueId));
    }

    private static async Task<Ok<RecordedValue>> CorrectAsync(Guid id, CorrectionBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var value = body.Value ?? throw ValidationFailedException.For(nameof(CorrectionBody.Value), NoValue);
        var valueId = await mediator.Send(
            new CorrectIndicatorValue(id, body.MeasuredOn ?? default, value, body.Source ?? "", body.Comment ?? "", body.Reason ?? ""), cancellationToken);
        return TypedResults.Ok(new RecordedValue(valueId));
    }

    private static async Task<Results<Ok<ValuesImportPreview>, Ok<ImportedValues>>> ImportAsync(
        string slug, HttpRequest request, IMediator mediator, CancellationToken cancellationToken, bool dryRun = false)
    {
        var content = await ReadAsync(request, cancellationToken);
        return dryRun
            ? TypedResults.Ok(await mediator.Send(new PreviewValuesImport(slug, content), cancellationToken))
            : TypedResults.Ok(await mediator.Send(new ImportValues(slug, content), cancellationToken));
    }

    /// <summary>At most one byte over the limit is read: the use case then refuses the file in French without the rest being read.</summary>
    private static async Task<string> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Min(request.ContentLength ?? long.MaxValue, ImportValues.MaxBytes + 1L)];
        var read = await request.Body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return new UTF8Encoding(false).GetString(buffer, 0, read);
    }

    internal sealed record ValueBody(DateOnly? MeasuredOn, decimal? Value, string? Source, string? Comment);

    internal sealed record CorrectionBody(DateOnly? MeasuredOn, decimal? Value, string? Source, string? Comment, string? Reason);

    internal sealed record RecordedValue(Guid Id);
}
