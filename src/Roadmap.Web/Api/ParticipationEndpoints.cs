using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Roadmap.Application.Participation.EndorseAction;
using Roadmap.Application.Participation.GetSupportTally;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Participation.WithdrawEndorsement;
using Roadmap.Application.Participation.WithdrawSupport;

namespace Roadmap.Web.Api;

/// <summary>
/// Supports and co-signatures. Support and withdrawal are idempotent (PUT / DELETE of « my support »)
/// and answer with the new tally. A refusal that depends on data (phase, voting rules, cap, a
/// collectivity that already co-signed) is a 409 problem; a role that may never do it is a 403.
/// </summary>
internal static class ParticipationEndpoints
{
    public static RouteGroupBuilder MapParticipationEndpoints(this RouteGroupBuilder api)
    {
        // A 401 from the authorisation middleware must stay a 401, not be re-executed as the French 404 page.
        var actions = api.MapGroup("/actions/{id:guid}").WithTags("Participation");
        // Public, but a bearer token is read when sent, so that the tally says what the caller may do.
        actions.MapGet("/supports", GetTallyAsync).AsPublicRead().WithName("GetSupportTally")
            .WithSummary("Les soutiens d'une action, par rôle et par organisation, et ses co-signatures.")
            .WithDescription("Tant que la feuille de route masque ses soutiens pendant la phase de soutien, CountsHidden vaut true et Total, ByRole "
                + "et ByOrganisation valent null (son équipe les voit toujours) ; Viewer dit toujours à la personne si elle soutient l'action.");
        actions.MapPut("/support", SupportAsync).AsWrite().WithName("SupportAction")
            .WithSummary("Soutenir l'action (sans effet si c'est déjà fait). Répond avec le décompte.");
        actions.MapDelete("/support", WithdrawSupportAsync).AsWrite().WithName("WithdrawSupport")
            .WithSummary("Retirer son soutien tant que les soutiens sont ouverts. Répond avec le décompte.");
        actions.MapPost("/endorsements", EndorseAsync).AsWrite().WithName("EndorseAction")
            .WithSummary("Co-signer l'action au nom de sa collectivité (élu·es).");
        actions.MapDelete("/endorsements", WithdrawEndorsementAsync).AsWrite().WithName("WithdrawEndorsement")
            .WithSummary("Retirer la co-signature de sa collectivité (élu·es).");
        return api;
    }

    private static async Task<Ok<SupportTallyView>> GetTallyAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetSupportTally(id), cancellationToken));

    private static async Task<Ok<SupportTallyView>> SupportAsync(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new SupportAction(id), cancellationToken);
        return TypedResults.Ok(await mediator.Send(new GetSupportTally(id), cancellationToken));
    }

    private static async Task<Ok<SupportTallyView>> WithdrawSupportAsync(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new WithdrawSupport(id), cancellationToken);
        return TypedResults.Ok(await mediator.Send(new GetSupportTally(id), cancellationToken));
    }

    private static async Task<Created<EndorsementView>> EndorseAsync(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        var endorsement = await mediator.Send(new EndorseAction(id), cancellationToken);
        return TypedResults.Created($"/api/v1/actions/{id}/supports", endorsement);
    }

    private static async Task<NoContent> WithdrawEndorsementAsync(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new WithdrawEndorsement(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
