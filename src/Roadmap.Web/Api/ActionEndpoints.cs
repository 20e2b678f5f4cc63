using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Roadmap.Application.Actions.EditAction;
using Roadmap.Application.Actions.GetActionById;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Actions.ProposeAction;
using Roadmap.Application.Actions.ReviewAction;
using Roadmap.Application.Actions.WithdrawAction;
using Roadmap.Application.Domain.Actions;

namespace Roadmap.Web.Api;

internal static class ActionEndpoints
{
    public static RouteGroupBuilder MapActionEndpoints(this RouteGroupBuilder api)
    {
        // Problems and challenges are the answer: the HTML status pages must not replace them (a 401 would become a 400).
        var actions = api.MapGroup("").WithTags("Actions");
        actions.MapPost("/roadmaps/{slug}/actions", ProposeAsync).AsWrite().WithName("ProposeAction")
            .WithSummary("Propose une action (acteurs, élu·es, animation). Une même SubmissionKey renvoie l'action déjà créée.");
        actions.MapGet("/actions/{id:guid}", GetAsync).AsPublicRead().WithName("GetAction").WithSummary("Une action : indicateurs, budget, historique, commentaires.")
            .WithDescription(ApiEndpoints.HiddenCountsDescription);
        actions.MapPut("/actions/{id:guid}", EditAsync).AsWrite().WithName("EditAction").WithSummary("Modifie une action (son auteur·rice, tant qu'elle n'est pas examinée).");
        actions.MapPost("/actions/{id:guid}/withdraw", WithdrawAsync).AsWrite().WithName("WithdrawAction").WithSummary("Retire une proposition (son auteur·rice).");
        actions.MapPost("/actions/{id:guid}/status", ReviewAsync).AsWrite().WithName("ReviewAction")
            .WithSummary("Change le statut d'une action, avec un motif public (animation, administration).");
        return api;
    }

    private static async Task<Created<ProposedAction>> ProposeAsync(string slug, ProposeAction body, IMediator mediator, CancellationToken cancellationToken)
    {
        var proposed = await mediator.Send(body with { RoadmapSlug = slug }, cancellationToken);
        return TypedResults.Created($"/api/v1/actions/{proposed.Id}", proposed);
    }

    private static async Task<Ok<ActionDetails>> GetAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetActionById(id), cancellationToken));

    private static async Task<NoContent> EditAsync(Guid id, EditAction body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(body with { ActionId = id }, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> WithdrawAsync(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new WithdrawAction(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReviewAsync(Guid id, ReviewBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ReviewAction(id, body.Status, body.Reason ?? "", body.ProgressPercent, body.MergedIntoId), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The body of <c>POST /actions/{id}/status</c>.</summary>
    internal sealed record ReviewBody(ActionStatus Status, string? Reason, int? ProgressPercent, Guid? MergedIntoId);
}
