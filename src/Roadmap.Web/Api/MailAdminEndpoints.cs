using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Mail.ListOutboxMails;
using Roadmap.Application.Mail.RetryFailedMails;
using Roadmap.Application.Mail.RetryOutboxMail;

namespace Roadmap.Web.Api;

/// <summary>The outbox for Administrators (403 otherwise): mails given up or still retrying, and sending them again.</summary>
internal static class MailAdminEndpoints
{
    public static RouteGroupBuilder MapMailAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin/mails").WithTags("Administration");
        admin.MapGet("", ListAsync).RequireAuthorization(ApiEndpoints.AuthenticatedPolicy)
            .WithName("ListOutboxMails").WithSummary("Les courriels abandonnés (state=failed) ou qui attendent un nouvel essai (state=pending), avec les compteurs, 20 par page.");
        admin.MapPost("/{id:guid}/retry", RetryAsync).AsWrite()
            .WithName("RetryOutboxMail").WithSummary("Renvoyer un courriel abandonné : une nouvelle série d'essais commence aussitôt.");
        admin.MapPost("/retry", RetryAllAsync).AsWrite()
            .WithName("RetryFailedMails").WithSummary("Renvoyer tous les courriels abandonnés ; renvoie leur nombre.");
        return api;
    }

    private static async Task<Ok<OutboxMailPage>> ListAsync(IMediator mediator, CancellationToken cancellationToken, string? state = null, int page = 1) =>
        TypedResults.Ok(await mediator.Send(new ListOutboxMails(State(state), page), cancellationToken));

    /// <summary>The address speaks lower case (« failed », « pending »); anything else is a French 422, not a bare 400.</summary>
    private static OutboxMailState State(string? state) => state?.ToLowerInvariant() switch
    {
        null or "" or "failed" => OutboxMailState.Failed,
        "pending" => OutboxMailState.Pending,
        _ => throw ValidationFailedException.For("state", "L'état demandé doit être « failed » (abandonnés) ou « pending » (en attente d'un nouvel essai)."),
    };

    private static async Task<Ok<RetriedMail>> RetryAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RetryOutboxMail(id), cancellationToken));

    private static async Task<Ok<RetriedMails>> RetryAllAsync(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(new RetriedMails(await mediator.Send(new RetryFailedMails(), cancellationToken)));

    internal sealed record RetriedMails(int Retried);
}
