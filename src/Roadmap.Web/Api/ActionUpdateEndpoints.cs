using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.FollowUp.GetActionLineage;
using Roadmap.Application.FollowUp.GetActionUpdate;
using Roadmap.Application.FollowUp.ListActionUpdates;
using Roadmap.Application.FollowUp.PostActionUpdate;

namespace Roadmap.Web.Api;

/// <summary>
/// Points d'étape of an action and its timeline (lineage). Bodies come as sanitised HTML (<c>bodyHtml</c>)
/// and plain-text excerpts; comments on a point d'étape go through the comment endpoints with <c>updateId</c>.
/// </summary>
internal static class ActionUpdateEndpoints
{
    public static RouteGroupBuilder MapActionUpdateEndpoints(this RouteGroupBuilder api)
    {
        var updates = api.MapGroup("").WithTags("Suivi des actions");
        // Public, but a bearer token is read when sent: the team sees hidden points d'étape, pilots learn they may post.
        updates.MapGet("/actions/{id:guid}/updates", ListAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy).AllowAnonymous()
            .WithName("ListActionUpdates").WithSummary("Les points d'étape d'une action, les plus récents d'abord (latest = les N derniers).");
        updates.MapPost("/actions/{id:guid}/updates", PostAsync).AsWrite().WithName("PostActionUpdate")
            .WithSummary("Publier un point d'étape (pilotes et gestionnaires), qui peut passer l'action « En cours de réalisation » (avec un avancement) ou « Réalisée ».");
        updates.MapGet("/action-updates/{id:guid}", GetAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy).AllowAnonymous()
            .WithName("GetActionUpdate").WithSummary("Un point d'étape, son texte rendu en HTML sûr.");
        updates.MapGet("/actions/{id:guid}/lineage", LineageAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy).AllowAnonymous()
            .WithName("GetActionLineage")
            .WithSummary("L'historique d'une action : idée d'atelier, proposition, décisions, fusions, points d'étape, valeurs mesurées, réalisation.");
        return api;
    }

    private static async Task<Ok<ActionUpdatesView>> ListAsync(Guid id, int? latest, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListActionUpdates(id, latest), cancellationToken));

    private static async Task<Results<Created<PostedActionUpdate>, Ok<PostedActionUpdate>>> PostAsync(
        Guid id, NewUpdateBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var posted = await mediator.Send(
            new PostActionUpdate(id, body.Title ?? "", body.Body ?? "", body.OccurredOn ?? default, body.NewStatus, body.NewProgress, body.SubmissionKey),
            cancellationToken);
        return posted.AlreadyPosted ? TypedResults.Ok(posted) : TypedResults.Created(posted.Link, posted);
    }

    private static async Task<Ok<ActionUpdateDetails>> GetAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetActionUpdate(id), cancellationToken));

    private static async Task<Ok<ActionLineageView>> LineageAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetActionLineage(id), cancellationToken));

    internal sealed record NewUpdateBody(string? Title, string? Body, DateOnly? OccurredOn, ActionStatus? NewStatus, int? NewProgress, Guid? SubmissionKey);
}
