using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Mediation.CorrectContribution;
using Roadmap.Application.Mediation.ListMyContributions;
using Roadmap.Application.Mediation.RecordContribution;
using Roadmap.Application.Mediation.WithdrawContribution;

namespace Roadmap.Web.Api;

/// <summary>
/// Contributions mediators record for residents who are not online: the same requests as the /mediation pages. Only
/// accounts holding a mediator grant may record (403 otherwise); corrections and withdrawals within 48 hours, own entries only.
/// </summary>
internal static class MediationEndpoints
{
    public static RouteGroupBuilder MapMediationEndpoints(this RouteGroupBuilder api)
    {
        var mediation = api.MapGroup("/mediation/contributions").WithTags("Médiation");
        mediation.MapGet("", ListAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy)
            .WithName("ListMyMediatedContributions").WithSummary("Mes contributions recueillies, les plus récentes d'abord, 20 par page.");
        mediation.MapPost("", RecordAsync).AsWrite()
            .WithName("RecordMediatedContribution").WithSummary("Recueillir le soutien, le commentaire ou l'idée d'un·e habitant·e (médiateur·rices, consentement exigé).");
        mediation.MapPut("/{id:guid}", CorrectAsync).AsWrite()
            .WithName("CorrectMediatedContribution").WithSummary("Corriger une contribution recueillie (la sienne, dans les 48 heures).");
        mediation.MapDelete("/{id:guid}", WithdrawAsync).AsWrite()
            .WithName("WithdrawMediatedContribution").WithSummary("Retirer une contribution recueillie (la sienne, dans les 48 heures).");
        return api;
    }

    private static async Task<Ok<MyContributionsPage>> ListAsync(int? page, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListMyContributions(page ?? 1), cancellationToken));

    private static async Task<Created<RecordedContribution>> RecordAsync(RecordContribution request, IMediator mediator, CancellationToken cancellationToken)
    {
        var recorded = await mediator.Send(request, cancellationToken);
        return TypedResults.Created(recorded.Link, recorded);
    }

    private static async Task<NoContent> CorrectAsync(Guid id, CorrectionBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new CorrectContribution(id, body.FirstName, body.Initial, body.Commune, body.AgeBracket, body.Title, body.Body), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> WithdrawAsync(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new WithdrawContribution(id), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The corrected resident and text (the kind and the target stay).</summary>
    internal sealed record CorrectionBody(string FirstName, string Initial, string Commune, AgeBracket? AgeBracket, string? Title, string? Body);
}
